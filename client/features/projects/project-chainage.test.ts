import { describe, expect, it } from 'vitest';
import { mapLinkToProject, readChainageText } from './project-chainage.ts';

describe('readChainageText', () => {
  it('reads chainages as officers type them, with a decimal point or comma', () => {
    expect(readChainageText('Km1+500')).toEqual({ ok: true, metres: 1500 });
    expect(readChainageText(' km1 + 500,5 ')).toEqual({ ok: true, metres: 1500.5 });
    expect(readChainageText('Km1+106.19')).toEqual({ ok: true, metres: 1106.19 });
  });

  it('tells an empty box from unreadable text', () => {
    expect(readChainageText('  ')).toEqual({ ok: false, reason: 'empty' });
    expect(readChainageText('1500')).toEqual({ ok: false, reason: 'format' });
    expect(readChainageText('Km1+1500')).toEqual({ ok: false, reason: 'format' });
  });

  it('reads the Hữu Nghị upgrade as the notice writes it, with a point or a Vietnamese comma', () => {
    expect(readChainageText('Km1+106.19')).toEqual({ ok: true, metres: 1106.19 });
    expect(readChainageText('Km1+838,85')).toEqual({ ok: true, metres: 1838.85 });
  });
});

describe('mapLinkToProject', () => {
  it('opens the map on the project, selected', () => {
    expect(mapLinkToProject('project-x', [106.7, 21.9, 106.71, 21.91], 'vi')).toBe('/#map=16.36/21.90500/106.70500&lang=vi&sel=projects:project-x');
  });
});
