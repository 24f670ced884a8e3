// The command line of evs-contract as runContract options. Flags are read strictly: an unknown
// flag (with the flags it is near), a missing or malformed value stops the command (exit 2) with
// the rule it breaks. Credentials come from the environment only: a flag would land in shell
// history and in the process list, which other users of the machine can read.
import { commonFlags, FlagError, type ParsedFlags, readFlags, shownArgument } from '../shared/command-line.js';
import { createRedactor } from '../shared/redact.js';
import { environmentSecrets } from './credentials.js';
import { type ContractOptions, ContractOptionsError } from './options.js';
import { ProxySettingError, proxySettingsFrom } from './proxy.js';
import { type PreparedRun, prepareRun } from './run.js';

export type ReportTarget = { format: 'json' | 'junit'; file: string | undefined };

/**
 * Asked for help or the version: nothing else is read. Otherwise the options as the command line
 * and the environment give them, the run they make (resolved once, here), and the reports.
 */
export type CliSettings =
  | { help: boolean; version: boolean; options?: undefined; run?: undefined; reports: [] }
  | { help: false; version: false; options: ContractOptions; run: PreparedRun; reports: ReportTarget[] };

export const usage = `evs-contract: checks that an EVS snapshot API endpoint answers as its OpenAPI description says.

Usage: evs-contract --base-url <url> --project-id <id> --volume-id <uuid> [options]

  --base-url <url>        the endpoint, e.g. https://evs.eu-de.otc.t-systems.com (or EVS_BASE_URL)
  --project-id <id>       the project in the paths (or EVS_PROJECT_ID)
  --volume-id <uuid>      the disk whose snapshots the run creates and deletes (or EVS_VOLUME_ID)
  --rollback              also roll the disk back to a snapshot of itself: this OVERWRITES its data
  --restore               also restore a snapshot to a new disk, follow its job, check the disk and
                          delete it: the disk is BILLED until the run deletes it
  --cloud <otc|huawei>    the restore's create: otc POST /v2/.../cloudvolumes (default), huawei
                          POST /v2.1/.../cloudvolumes
  --max-disks <n>         the most disks a run makes (default 3)
  --no-openstack          leave out the OpenStack-compatible snapshots (/v2/.../snapshots) and the
                          snapshot metadata (checked by default; a server answering their create
                          404 has them skipped, the reason reported)
  --openstack-v3          also check their deprecated /v3 forms
  --only <names>          run only these scenarios: names, groups (create, list, ...), operationIds
                          or "generated"; comma-separated or repeated
  --skip <names>          leave these out (same forms)
  --generate <n>          generated cases, valid and rule-breaking (default 25; 0 for none)
  --seed <n>              seed of the generated cases (printed by every run, to repeat it)
  --report <target>       junit.xml or any *.xml file (JUnit XML), *.json (the result as JSON),
                          or "junit" / "json" for standard output; repeat for more
  --timeout <ms>          deadline of each request (default 30000)
  --poll-interval <ms>    pause between polls while waiting for a snapshot, a job or a disk
                          (default 3000)
  --wait-timeout <ms>     longest wait for a snapshot's, a job's or a disk's state (default 600000)
  --max-snapshots <n>     the most snapshots a run makes (default 20)
  --stateless             the target is a stateless mock such as Prism: behaviour checks skipped
  --checks <names>        apply only these checks: classes (conformance, behaviour,
                          documented-refusal, strictness) or check names; comma-separated or repeated
  --exclude-checks <names>  leave these checks out (same forms)
  --strict                strictness findings (refusals the reference does not document) fail
                          the run; by default they are warnings
  --dry-run               print the plan and send nothing (no credentials needed)
  -h, --help              this text
  --version               the version of evs-contract

Credentials, from the environment only (a flag would land in shell history):
  EVS_AUTH_TOKEN          an IAM token, sent as X-Auth-Token
  EVS_ACCESS_KEY, EVS_SECRET_KEY [, EVS_SECURITY_TOKEN]   an AK/SK pair, requests signed
                          with SDK-HMAC-SHA256

Exit codes: 0 every case conforms (strictness findings are warnings unless --strict); 1 a
contract violation (or no answer); 2 a usage error (nothing sent); 3 every case conforms but
snapshots or disks it created could not be deleted (listed); 4 the target refused the credentials
(nothing else sent); 130 or 143 interrupted by SIGINT or SIGTERM (what it created deleted or
listed, the reports written for what ran).

Proxies: HTTPS_PROXY, HTTP_PROXY and NO_PROXY (or their lower-case forms) are honoured.`;

export const flags = {
  'base-url': { type: 'string' },
  'project-id': { type: 'string' },
  'volume-id': { type: 'string' },
  rollback: { type: 'boolean' },
  restore: { type: 'boolean' },
  'no-openstack': { type: 'boolean' },
  'openstack-v3': { type: 'boolean' },
  cloud: { type: 'string' },
  'max-disks': { type: 'string' },
  only: { type: 'string', multiple: true },
  skip: { type: 'string', multiple: true },
  generate: { type: 'string' },
  seed: { type: 'string' },
  report: { type: 'string', multiple: true },
  timeout: { type: 'string' },
  'poll-interval': { type: 'string' },
  'wait-timeout': { type: 'string' },
  'max-snapshots': { type: 'string' },
  stateless: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  checks: { type: 'string', multiple: true },
  'exclude-checks': { type: 'string', multiple: true },
  strict: { type: 'boolean' },
  ...commonFlags,
} as const;

/** Flags people try for credentials: refused without echoing what followed them. */
const credentialFlag = /^--?(token|auth-token|access-key|secret-key|security-token|ak|sk|password)(=|$)/i;

/** A usage problem in the terms of the command line; never holds a secret. */
export class UsageError extends Error {}

/** The flag or variable each option comes from, by the field a ContractOptionsError names. */
const optionFlags: Record<string, string> = {
  baseUrl: '--base-url',
  projectId: '--project-id',
  volumeId: '--volume-id',
  generate: '--generate',
  seed: '--seed',
  timeoutMs: '--timeout',
  pollIntervalMs: '--poll-interval',
  waitTimeoutMs: '--wait-timeout',
  maxSnapshots: '--max-snapshots',
  maxDisks: '--max-disks',
  cloud: '--cloud',
  only: '--only',
  skip: '--skip',
  checks: '--checks',
  excludeChecks: '--exclude-checks',
  'auth.token': 'EVS_AUTH_TOKEN',
  'auth.accessKey': 'EVS_ACCESS_KEY',
  'auth.secretKey': 'EVS_SECRET_KEY',
  'auth.securityToken': 'EVS_SECURITY_TOKEN',
};

type NumberOption =
  | 'generate'
  | 'seed'
  | 'timeoutMs'
  | 'pollIntervalMs'
  | 'waitTimeoutMs'
  | 'maxSnapshots'
  | 'maxDisks';

function number(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,10}$/.test(text)) throw new UsageError(`${flag} must be a whole number, got ${shownArgument(text)}`);
  return Number(text);
}

function reportOf(text: string): ReportTarget {
  if (text === 'json' || text === 'junit') return { format: text, file: undefined };
  if (/\.xml$/i.test(text)) return { format: 'junit', file: text };
  if (/\.json$/i.test(text)) return { format: 'json', file: text };
  throw new UsageError(
    `--report takes a *.xml file (JUnit XML), a *.json file, or junit or json for standard output, got ` +
      `${shownArgument(text)}`,
  );
}

function credentials(env: NodeJS.ProcessEnv): ContractOptions['auth'] {
  const token = env.EVS_AUTH_TOKEN;
  const accessKey = env.EVS_ACCESS_KEY;
  const secretKey = env.EVS_SECRET_KEY;
  if (token && (accessKey || secretKey))
    throw new UsageError('set EVS_AUTH_TOKEN or EVS_ACCESS_KEY and EVS_SECRET_KEY, not both');
  if (token) return { token };
  if (accessKey || secretKey) {
    if (!accessKey || !secretKey)
      throw new UsageError(
        `AK/SK needs both EVS_ACCESS_KEY and EVS_SECRET_KEY; ${accessKey ? 'EVS_SECRET_KEY' : 'EVS_ACCESS_KEY'} is ` +
          `not set`,
      );
    return { accessKey, secretKey, ...(env.EVS_SECURITY_TOKEN ? { securityToken: env.EVS_SECURITY_TOKEN } : {}) };
  }
  throw new UsageError('no credentials: set EVS_AUTH_TOKEN, or EVS_ACCESS_KEY and EVS_SECRET_KEY, in the environment');
}

const list = (values: string[] | undefined): string[] | undefined =>
  values
    ?.flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);

export function readCli(argv: readonly string[], env: NodeJS.ProcessEnv): CliSettings {
  const credential = argv.find((arg) => credentialFlag.test(arg));
  if (credential)
    throw new UsageError(
      `${credential.split('=')[0]} is not a flag: credentials are read from EVS_AUTH_TOKEN, or EVS_ACCESS_KEY and ` +
        `EVS_SECRET_KEY, so that they stay out of shell history`,
    );
  let parsed: ParsedFlags<typeof flags>;
  try {
    parsed = readFlags('evs-contract', argv, flags);
  } catch (error) {
    if (error instanceof FlagError) throw new UsageError(error.message);
    throw error;
  }
  const { values, positionals } = parsed;
  // Asked for help or the version, nothing else is read: the answer does not depend on it.
  if (values.help || values.version)
    return { help: values.help === true, version: values.version === true, reports: [] };
  try {
    proxySettingsFrom(env);
  } catch (error) {
    if (error instanceof ProxySettingError) throw new UsageError(error.message);
    throw error;
  }
  if (positionals.length) {
    // The credentials are in the environment: one pasted as an argument too is hidden.
    throw new UsageError(
      `arguments are not taken, every option is a --flag; got ${positionals.length} ` +
        `(${shownArgument(positionals[0] ?? '', createRedactor(environmentSecrets(env)).text)} ...)`,
    );
  }
  const baseUrl = values['base-url'] ?? env.EVS_BASE_URL;
  const projectId = values['project-id'] ?? env.EVS_PROJECT_ID;
  const volumeId = values['volume-id'] ?? env.EVS_VOLUME_ID;
  const missing = [
    [baseUrl, '--base-url (or EVS_BASE_URL)'],
    [projectId, '--project-id (or EVS_PROJECT_ID)'],
    [volumeId, '--volume-id (or EVS_VOLUME_ID)'],
  ].filter(([value]) => !value);
  if (missing.length) throw new UsageError(`missing ${missing.map(([, name]) => name).join(', ')}`);
  const options: ContractOptions = {
    baseUrl: baseUrl as string,
    projectId: projectId as string,
    volumeId: volumeId as string,
    // A dry run sends nothing, so it needs no credentials; a placeholder keeps the options whole.
    auth:
      values['dry-run'] === true && !env.EVS_AUTH_TOKEN && !env.EVS_ACCESS_KEY && !env.EVS_SECRET_KEY
        ? { token: 'dry-run-sends-nothing' }
        : credentials(env),
    rollback: values.rollback === true,
    restore: values.restore === true,
    ...(values['no-openstack'] === true ? { openstack: false } : {}),
    ...(values['openstack-v3'] === true ? { openstackV3: true } : {}),
    ...(values.cloud === undefined ? {} : { cloud: values.cloud as ContractOptions['cloud'] & string }),
    stateless: values.stateless === true,
    dryRun: values['dry-run'] === true,
  };
  const numbers: [NumberOption, string, string | undefined][] = [
    ['generate', '--generate', values.generate],
    ['seed', '--seed', values.seed],
    ['timeoutMs', '--timeout', values.timeout],
    ['pollIntervalMs', '--poll-interval', values['poll-interval']],
    ['waitTimeoutMs', '--wait-timeout', values['wait-timeout']],
    ['maxSnapshots', '--max-snapshots', values['max-snapshots']],
    ['maxDisks', '--max-disks', values['max-disks']],
  ];
  for (const [key, flag, text] of numbers) {
    const value = number(flag, text);
    if (value !== undefined) Object.assign(options, { [key]: value });
  }
  const only = list(values.only);
  const skip = list(values.skip);
  if (only) options.only = only;
  if (skip) options.skip = skip;
  const checks = list(values.checks);
  const excludeChecks = list(values['exclude-checks']);
  if (checks) options.checks = checks;
  if (excludeChecks) options.excludeChecks = excludeChecks;
  if (values.strict === true) options.strict = true;
  try {
    return {
      help: false,
      version: false,
      options,
      run: prepareRun(options),
      reports: (values.report ?? []).map(reportOf),
    };
  } catch (error) {
    if (!(error instanceof ContractOptionsError)) throw error;
    const flag = optionFlags[error.field] ?? error.field;
    // A number is shown as typed on the command line, without the type the API's message adds to it.
    const number = numbers.find(([key]) => key === error.field);
    // So is --cloud, quoted as typed (cut when long).
    const typed = number
      ? String(options[number[0]])
      : error.field === 'cloud' && values.cloud !== undefined
        ? shownArgument(values.cloud)
        : error.value;
    throw new UsageError(`${flag} ${error.detail} (got ${typed})`);
  }
}
