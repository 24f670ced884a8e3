// The line breaks of the Chinese texts: a break inside a paragraph of spec/overlays/zh-CN.yaml showed as a
// space between Chinese characters (112 of them in 61 texts). These pin down which breaks are joined.
import { describe, expect, it } from 'vitest';
import { joinChineseLines, noSpaceBetween, withChineseLineBreaks } from '../../scripts/build/chinese-text.js';

describe('noSpaceBetween', () => {
  it.each([
    ['云', '硬', true],
    ['。', 'A', true],
    ['a', '，', true],
    ['）', '快', true],
    ['”', '或', true],
    ['的', 'A', false],
    ['D', '快', false],
    ['`', '的', false],
    ['a', 'b', false],
  ])('between %s and %s: %s', (before, after, expected) => {
    expect(noSpaceBetween(before, after)).toBe(expected);
  });
});

describe('joinChineseLines', () => {
  it('joins a paragraph broken between two Chinese characters, dropping the next line’s indentation', () => {
    expect(joinChineseLines('用快照覆盖其源云硬盘的数据，回滚期间快照状态为\n  回滚中。')).toBe('用快照覆盖其源云硬盘的数据，回滚期间快照状态为回滚中。');
  });

  it('joins a break beside full-width punctuation, whatever stands on the other side', () => {
    expect(joinChineseLines('（区别于兼容 OpenStack Cinder 的路径）\n`/v2`。')).toBe('（区别于兼容 OpenStack Cinder 的路径）`/v2`。');
    expect(joinChineseLines('错误码 `EVS.1005`\n（元数据过大）')).toBe('错误码 `EVS.1005`（元数据过大）');
  });

  it('keeps a break between a Chinese character and a Latin word or code, which shows as the space the overlay writes on one line', () => {
    const text = 'Open Telekom Cloud\n的页面列出了 `volume_id`\n和 `name`。';
    expect(joinChineseLines(text)).toBe(text);
  });

  it('looks through emphasis markers at the break', () => {
    expect(joinChineseLines('只接受快照的**源**\n云硬盘。')).toBe('只接受快照的**源**云硬盘。');
  });

  it('keeps English paragraphs as they are', () => {
    const text = 'An OpenAPI description of the snapshot operations,\nwritten by hand.';
    expect(joinChineseLines(text)).toBe(text);
  });

  it('keeps block boundaries: blank lines, list items, headings, table rows, Markdoc tags, fenced code and hard breaks', () => {
    const text = [
      '快照状态如下：',
      '',
      '## 认证',
      '快照：',
      '- 第一项',
      '- 第二项',
      '| 错误码 | 说明 |',
      '| --- | --- |',
      '| 快照 | 无效 |',
      '说明：',
      '{% schemaDefinition /%}',
      '```',
      '快照',
      '云硬盘',
      '```',
      '硬断行：  ',
      '下一行',
    ].join('\n');
    expect(joinChineseLines(text)).toBe(text);
  });

  it('joins the continuation lines of a list item', () => {
    expect(joinChineseLines('- **Token**：通过接口获取，有效期 24 小时，\n  建议缓存使用。\n- 下一项')).toBe('- **Token**：通过接口获取，有效期 24 小时，建议缓存使用。\n- 下一项');
  });
});

describe('withChineseLineBreaks', () => {
  it('joins the lines of every text of a document, and leaves example values and enum values alone', () => {
    const document = {
      info: { description: '云硬盘\n快照。' },
      tags: [{ name: 'A', 'x-displayName': '快照\n状态' }],
      components: {
        schemas: {
          S: {
            description: '快照的\n状态。',
            enum: ['云\n硬盘'],
            examples: ['示例\n值'],
            'x-enumDescriptions': { creating: '正在\n创建。' },
            properties: { description: { description: '描述\n文字。', example: '例\n子' } },
          },
        },
        examples: { e: { summary: '摘要\n文字', value: { name: '值\n不变' } } },
      },
    };
    expect(withChineseLineBreaks(document)).toEqual({
      info: { description: '云硬盘快照。' },
      tags: [{ name: 'A', 'x-displayName': '快照状态' }],
      components: {
        schemas: {
          S: {
            description: '快照的状态。',
            enum: ['云\n硬盘'],
            examples: ['示例\n值'],
            'x-enumDescriptions': { creating: '正在创建。' },
            properties: { description: { description: '描述文字。', example: '例\n子' } },
          },
        },
        examples: { e: { summary: '摘要文字', value: { name: '值\n不变' } } },
      },
    });
  });
});
