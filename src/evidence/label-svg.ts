import { cleanText } from './text-formats.js';
import type { LabelData } from './label.js';
import {
  bannerHeight,
  bannerLeft,
  bannerTop,
  bannerWidth,
  itemRowHeight,
  itemsTop,
  itemsWidth,
  labelHeight,
  labelWidth,
  margin,
  qrBox,
  qrLeft,
  qrTop,
  starCentre,
  starPitch,
  starPoints,
  starRadius,
  starTop,
} from './label-layout.js';
import { qrMatrix, qrQuietZone, qrSvgPath } from './qr.js';
import { renderTemplate } from './templates.js';

const valueFontSize = 14;

/** Rough advance of a bold sans-serif string in px: CJK and full-width glyphs are square, the rest ~0.6 em. */
function estimatedWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.6;
  return em * fontSize;
}

const number = (n: number): string => String(Math.round(n * 100) / 100);

/** The view model label.svg.hbs renders; every string in it is data and gets XML-escaped there. */
export function labelSvgModel(label: LabelData): object {
  const qr = qrMatrix(label.qrText);
  const scale = qrBox / (qr.size + 2 * qrQuietZone);
  return {
    width: labelWidth,
    height: labelHeight,
    frame: { width: labelWidth - 8, height: labelHeight - 8 },
    ruleRight: labelWidth - margin,
    watermarkY: labelHeight - 60,
    draft: label.draft,
    draftTitle: 'DRAFT — refiling pending',
    draftReasons: label.draftReasons.join('; '),
    frameColour: label.draft ? '#c00000' : '#000000',
    // The scheme is data (filing.yaml) like the items: characters XML forbids would make the SVG unreadable.
    scheme: cleanText(label.scheme.toUpperCase()),
    margin,
    stars: Array.from({ length: label.starSlots }, (_, i) => {
      const [cx, cy] = starCentre(i);
      return {
        points: starPoints(cx, cy, starRadius)
          .map(([x, y]) => `${number(x)},${number(y)}`)
          .join(' '),
        filled: i < label.stars,
      };
    }),
    levelX: margin + label.starSlots * starPitch,
    levelY: starTop + starRadius + 6,
    levelText: label.levelName ? `${label.levelName.zh} ${label.levelName.en}` : `Level ${label.stars}`,
    starsText: `${label.stars}/${label.starSlots}`,
    items: label.items.map((item, i) => {
      const value = cleanText(item.value ?? '—');
      const top = itemsTop + i * itemRowHeight;
      return {
        caption: `${item.zh} ${item.en}`,
        value,
        captionY: top + 10,
        valueY: top + 28,
        // Squeeze an over-long value into the column instead of cutting a legally required item short.
        fit: estimatedWidth(value, valueFontSize) > itemsWidth ? itemsWidth : null,
      };
    }),
    itemsRight: margin + itemsWidth,
    qr: {
      x: qrLeft,
      y: qrTop,
      box: qrBox,
      path: qrSvgPath(qr),
      transform: `translate(${number(qrLeft + qrQuietZone * scale)} ${number(qrTop + qrQuietZone * scale)}) scale(${Math.round(scale * 10000) / 10000})`,
      centreX: qrLeft + qrBox / 2,
      captionY: qrTop + qrBox + 18,
      noteY: qrTop + qrBox + 36,
    },
    qrText: cleanText(label.qrText),
    qrPlaceholder: label.qrPlaceholder,
    banner: { x: bannerLeft, y: bannerTop, width: bannerWidth, height: bannerHeight },
    bannerTextX: bannerLeft + bannerWidth / 2,
    bannerTextY: bannerTop + 23,
    reasonsY: labelHeight - 16,
  };
}

/** The label artwork as SVG, rendered from `templates/label.svg.hbs` with all data XML-escaped. */
export function renderLabelSvg(label: LabelData, templates: Record<string, string>): string {
  return renderTemplate(templates, 'label.svg.hbs', labelSvgModel(label));
}
