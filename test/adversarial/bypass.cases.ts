/**
 * Pull requests that try to turn labelguard's check green for their own unrecorded change, declared next to
 * the outcome each must end in. Each is run on a real git repository through the built CLI
 * (`check --base`, test/cli/trust.test.ts) and through the built action against the loopback GitHub
 * (test/action/trust.test.ts); the README's table is rendered from this list.
 */
import type { DeclaredCase } from './declared.js';

export const bypassCases = [
  {
    id: 'shared-sbom-outside-folder',
    input:
      'the camera names `sbom: ../../shared/p340w.cdx.json`; the pull request changes only that shared file (OpenSSL taken back to 1.1.1w)',
    expected: 'the camera is judged and fails, as a full check of the head does (before: "0 products checked", exit 0)',
  },
  {
    id: 'shared-sbom-behind-link',
    input:
      'the camera’s `sbom.cdx.json` is a symbolic link to `shared/p340w.cdx.json`; the pull request changes only the shared file',
    expected: 'the camera is judged and fails',
  },
  {
    id: 'fail-on-never',
    input: 'a fork’s pull request with an unrecorded change sets `fail_on: never` in `.labelguard.yml`',
    expected:
      'judged with the base policy: the camera fails; the comment and summary show `policy.fail_on` from → to; `policy.changed` blocks on `pull_request_target`, warns on `pull_request`',
  },
  {
    id: 'waiver-in-same-pull-request',
    input: 'a fork’s pull request with an unrecorded change waives `change.unrecorded` for its product',
    expected: 'the waiver does not apply to the pull request that adds it: the camera fails; the waiver shown as a policy change',
  },
  {
    id: 'policy-change-blocking-by-config',
    input: 'a pull request sets `warn_only: true` where the base says `policy_change: error`',
    expected: 'exit 1 on `policy.changed`, with `policy.warn_only` from — to `true`',
  },
] as const satisfies readonly DeclaredCase[];
