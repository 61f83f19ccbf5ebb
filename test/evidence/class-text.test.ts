// The zh-CN change notification and test request name each change's class by the pack's Chinese title and
// give its Chinese reason with the English one kept; a class without Chinese text (a repository's own
// pack) shows the English text, marked as English. The English documents are unchanged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DetectedChange } from '../../src/core/change.js';
import { loadChangeClassifier } from '../../src/changes/index.js';
import { generateEvidence } from '../../src/evidence/index.js';
import { markdownText } from '../adversarial/evidence-text.js';
import { repoRoot } from '../support/dist.js';
import { fixtureChanges, fixtureInput } from './fixtures.js';

const file = 'rules/cn-ccl/changes.yaml';
const cnCcl = loadChangeClassifier([{ file, text: readFileSync(join(repoRoot, file), 'utf8') }]).classifier
  .tables[0]!;
const entry = (id: string) => cnCcl.entries.find((e) => e.id === id)!;

/** The fixture's changes as the built-in CN-CCL classes classify them (a new service, a crypto patch). */
function classifiedChanges(): DetectedChange[] {
  const byFixtureClass: Record<string, string> = {
    'fw-new-service': 'fw-new-network-service',
    'crypto-lib-patch': 'crypto-library-patch',
  };
  return fixtureChanges().map((c) => {
    const e = entry(byFixtureClass[c.classId]!);
    return {
      ...c,
      classId: e.id,
      classTitle: e.title,
      classTitleZh: e.titleZh!,
      reason: e.reason,
      reasonZh: e.reasonZh!,
    };
  });
}

const marks = (text: string) => text.split('（英文）').length - 1;

function documents(changes: DetectedChange[]) {
  const files = generateEvidence(fixtureInput({ changes })).files;
  const text = (name: string) => markdownText(files.find((f) => f.path === name)!.content.toString('utf8'));
  return {
    notificationZh: text('change-notification.zh-CN.md'),
    notification: text('change-notification.md'),
    requestZh: text('test-request.zh-CN.md'),
    request: text('test-request.md'),
  };
}

describe('the class of a change in the Chinese documents', () => {
  it('is named by its Chinese title beside its id, with the Chinese reason first and the English kept', () => {
    const material = entry('fw-new-network-service');
    const record = entry('crypto-library-patch');
    expect(material.titleZh).toBe('固件新增网络服务、端口、协议或远程 API');
    const { notificationZh, notification, requestZh, request } = documents(classifiedChanges());

    expect(notificationZh).toContain(`| 分类 | **material**：fw-new-network-service ${material.titleZh} |`);
    expect(notificationZh).toContain(
      `| 理由 | ${material.reasonZh} |\n| 理由（英文原文） | ${material.reason} |`,
    );
    expect(notificationZh).toContain(`| 分类 | **record**：crypto-library-patch ${record.titleZh} |`);
    expect(notificationZh).toContain(`| 理由 | ${record.reasonZh} |`);
    // The marker appears only where the note explains it.
    expect(marks(notificationZh)).toBe(1);
    expect(notificationZh).not.toContain('变更理由为英文原文');

    // The material change under each area the lab retests, the record one among those not retested.
    expect(requestZh).toContain(
      `- rtsp（网络服务新增，service.added）：— → tcp/554。分类条目 fw-new-network-service ${material.titleZh}：${material.reasonZh}（英文原文：${material.reason}）`,
    );
    expect(requestZh).toMatch(
      new RegExp(
        `## 已记录、无需重新检测的变更\n\n- mbedtls（.*）：3\\.6\\.2 → 3\\.6\\.3。分类条目 crypto-library-patch ${record.titleZh}：`,
      ),
    );
    expect(marks(requestZh)).toBe(1);

    // The English documents show neither the Chinese text nor a change in their rows.
    expect(notification).toContain('| Classification | **material** (fw-new-network-service) |');
    expect(notification).toContain(`| Reason | ${material.reason} |`);
    for (const en of [notification, request]) {
      expect(en).not.toContain(material.titleZh!);
      expect(en).not.toContain(material.reasonZh!);
    }
  });

  it('falls back to the English title and reason, marked as English, for a class the pack gives no Chinese text', () => {
    const changes = classifiedChanges().map((c) => {
      const { classTitleZh: _title, reasonZh: _reason, ...english } = c;
      return { ...english, classId: `own-${c.classId}`, classTitle: `Our ${c.classTitle}` };
    });
    const { notificationZh, requestZh } = documents(changes);
    const material = entry('fw-new-network-service');
    expect(notificationZh).toContain(
      `| 分类 | **material**：own-fw-new-network-service Our ${material.title}（英文） |`,
    );
    expect(notificationZh).toContain(`| 理由 | ${material.reason}（英文） |`);
    expect(notificationZh).not.toContain('理由（英文原文）');
    expect(requestZh).toContain(
      `分类条目 own-fw-new-network-service Our ${material.title}（英文）：${material.reason}（英文）`,
    );
    expect(requestZh).not.toContain(material.titleZh!);
  });

  it('shows the id alone for a change from a report written before class titles were carried', () => {
    const { notificationZh } = documents(fixtureChanges());
    expect(notificationZh).toContain('| 分类 | **material**：fw-new-service |');
    expect(notificationZh).toContain('| 理由 | New network service exposed on the LAN.（英文） |');
  });
});
