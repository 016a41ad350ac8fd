import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { zh } from './zh.ts';
import { vi } from './vi.ts';
import { localised } from './languages.ts';
import { layers } from '../../shared/layers/registry.ts';
import { landUseClasses } from '../../shared/domain/land-use.ts';
import { lotStatuses, parks } from '../../shared/domain/land-lots.ts';
import { projectStatuses } from '../../shared/domain/project-status.ts';
import { planLevels, revisionStages } from '../../shared/domain/plans.ts';

function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

const CJK = /[\u4e00-\u9fff]/u;

describe('zh.ts', () => {
  it('has exactly the keys of vi.ts', () => {
    expect(leaves(zh).map(([key]) => key).sort()).toEqual(leaves(vi).map(([key]) => key).sort());
  });

  it('is written in Chinese, not left in English', () => {
    // Names, codes, formats and language names may stay as they are; everything else must be translated.
    const exempt = /^(app\.name|language\.(vi|en)|panel\.opacityValue|values\.(empty|lanePhase)|trade\.form\.printedHint)$/u;
    const untranslated = leaves(zh).filter(([key, text]) => !exempt.test(key) && !CJK.test(text)).map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('keeps every {{placeholder}} of the English text', () => {
    const english = new Map(leaves(en));
    const lost = leaves(zh).filter(([key, text]) => {
      const wanted = (english.get(key) ?? '').match(/\{\{\w+\}\}/gu) ?? [];
      return wanted.some((placeholder) => !text.includes(placeholder));
    });
    expect(lost.map(([key]) => key)).toEqual([]);
  });
});

describe('localised', () => {
  it('gives Chinese for every public layer title, description and field', () => {
    for (const layer of layers.filter((entry) => entry.public)) {
      for (const text of [layer.title, layer.description, ...Object.values(layer.fields)]) {
        expect(localised(text, 'zh'), layer.id).toMatch(CJK);
      }
    }
  });

  it('gives Chinese for the domain names anonymous users see', () => {
    for (const entry of [...landUseClasses, ...lotStatuses, ...parks, ...projectStatuses, ...planLevels, ...revisionStages]) {
      expect(localised(entry, 'zh'), entry.en).toMatch(CJK);
    }
  });

  it('falls back to English where a staff-only text has no Chinese', () => {
    expect(localised({ vi: 'Đã chi trả', en: 'Paid' }, 'zh')).toBe('Paid');
  });
});
