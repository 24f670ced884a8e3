// npm start's command line: its own flags (the two ports, from flags or the environment), the
// emulator's flags passed on as typed, and mistakes refused with the flag and the rule.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../scripts/lib/script-args.js';
import { startSettings } from '../../scripts/lib/start-args.js';

const refusal = (argv: string[], env: NodeJS.ProcessEnv = {}): string => {
  try {
    startSettings(argv, env);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`${argv.join(' ')} was taken`);
};

describe('startSettings', () => {
  it('picks free ports (0) for both when nothing is said', () => {
    expect(startSettings([], {})).toEqual({ help: false, docsPort: 0, emulatorPort: 0, emulatorArgs: [] });
  });

  it('reads the ports from EVS_DOCS_PORT and EVS_EMULATOR_PORT, and a flag over its variable', () => {
    expect(startSettings([], { EVS_DOCS_PORT: '4000', EVS_EMULATOR_PORT: '4020' })).toMatchObject({ docsPort: 4000, emulatorPort: 4020 });
    expect(startSettings(['--docs-port', '4100', '--emulator-port=4120'], { EVS_DOCS_PORT: '4000', EVS_EMULATOR_PORT: '4020' })).toMatchObject({
      docsPort: 4100,
      emulatorPort: 4120,
    });
  });

  it('passes every other argument to the emulator as typed and in order, values starting with a dash included', () => {
    const argv = ['--seed', '7', '--docs-port', '4000', '--fault=throttle,rate=0.5', '--token=-MII+/x==', '--quiet', '--volume', 'x,size=5'];
    expect(startSettings(argv, {}).emulatorArgs).toEqual(['--seed', '7', '--fault=throttle,rate=0.5', '--token=-MII+/x==', '--quiet', '--volume', 'x,size=5']);
  });

  it('reads --help and -h', () => {
    expect(startSettings(['--help'], {}).help).toBe(true);
    expect(startSettings(['-h'], {}).help).toBe(true);
  });

  it('refuses the emulator flags it sets itself, --port and --host, saying what to use', () => {
    expect(refusal(['--port', '4020'])).toBe('npm start: --port is not taken: npm start takes the emulator port as --emulator-port (and the docs port as --docs-port)');
    expect(refusal(['--host=0.0.0.0'])).toBe('npm start: --host is not taken: npm start serves on 127.0.0.1 only; npm run emulator -- --host <address> serves elsewhere');
  });

  it.each([
    [['--docs-port', '65536'], {}, 'npm start: --docs-port must be a port from 0 (a free one) to 65535, got "65536"'],
    [['--emulator-port', '-1'], {}, 'npm start: --emulator-port must be a port from 0 (a free one) to 65535, got "-1"'],
    [['--docs-port'], {}, 'npm start: --docs-port needs a value'],
    [[], { EVS_EMULATOR_PORT: '40 20' }, 'npm start: EVS_EMULATOR_PORT must be a port from 0 (a free one) to 65535, got "40 20"'],
    [[], { EVS_DOCS_PORT: '4000', EVS_EMULATOR_PORT: '4000' }, 'npm start: the docs and the emulator need two ports, both are 4000'],
  ] as const)('refuses %j with %j', (argv, env, message) => {
    expect(refusal([...argv], env)).toBe(message);
  });
});
