// A change's class and reason as the documents show them: the English text, and the pack's Simplified
// Chinese text (`title_zh`, `reason_zh` in changes.yaml) for the documents meant for the filing agency.
// A repository's own pack may give no Chinese text: the zh-CN templates then show the English, marked.
import type { DetectedChange } from '../core/change.js';

/** The class and reason of one change; null where the pack (or an older report) gives no text. */
export interface ClassText {
  classId: string;
  /** null in a report written before class titles were carried. */
  classTitle: string | null;
  classTitleZh: string | null;
  reason: string;
  reasonZh: string | null;
}

export function classText(c: DetectedChange): ClassText {
  return {
    classId: c.classId,
    classTitle: c.classTitle ?? null,
    classTitleZh: c.classTitleZh ?? null,
    reason: c.reason,
    reasonZh: c.reasonZh ?? null,
  };
}
