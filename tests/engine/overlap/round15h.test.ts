import { describe, expect, it } from 'vitest';
import { marks } from './marked-pair.ts';

/**
 * Round 15h (decision 004): a highlight narrowed to the phrase that carries the fact — who told
 * it left out (fact-span.ts). Small invented reports, one event, a shared lead paragraph.
 */

describe('who told it is not the fact (round 15h)', () => {
  it('leaves an attribution at the end of a highlight, or set off inside it, out of it', () => {
    const [a, b] = marks(
      'The Orsund ferry, police said, capsized in heavy seas off the Brenvik coast at dawn.',
      'The Orsund ferry capsized in heavy seas off the Brenvik coast at dawn, police said.',
    );
    expect(a).toBe('The [[2:Orsund ferry]], police said, [[2:capsized in heavy seas off the Brenvik coast at dawn]].');
    expect(b).toBe('The [[2:Orsund ferry capsized in heavy seas off the Brenvik coast at dawn]], police said.');
  });

  it('leaves an attribution inside a relative clause out of the highlight', () => {
    const [a] = marks(
      'Police arrested the leader of a ring that investigators say smuggled 400 stolen cars through the Brenvik docks.',
      'Police arrested the leader of a ring that smuggled 400 stolen cars through the Brenvik docks.',
    );
    expect(a).toBe('[[2:Police arrested the leader of a ring]] that investigators say [[2:smuggled 400 stolen cars through the Brenvik docks]].');
  });

  it('keeps a reporting verb whose words after it say what was said', () => {
    const [a] = marks(
      'The Valtry water utility, the district’s only supplier, said its pumps failed.',
      'The Valtry water utility said its pumps failed.',
    );
    expect(a).toBe('The [[2:Valtry water utility, the district’s only supplier, said its pumps failed]].');
  });

  it('leaves a statement coordinated before the fact out of the highlight when an auxiliary follows the `and`', () => {
    const [a] = marks(
      'The Valtry council believes the emergency levee plan is the safest option for residents and will approve it unanimously on Friday.',
      'The Valtry council will approve the emergency levee plan unanimously on Friday.',
    );
    expect(a).toBe('The [[2:Valtry council believes the emergency levee plan]] is the safest option for residents and will [[2:approve it unanimously on Friday]].');
  });

  it('leaves a statement joined by `while` out of the highlight', () => {
    const [a] = marks(
      'Under the merger, Ilse Varden will oversee the council while Tomas Krell will become her deputy.',
      'Under the merger, Tomas Krell will become deputy to Ilse Varden.',
    );
    expect(a).toBe('Under the [[2:merger, Ilse Varden]] will oversee the council while [[2:Tomas Krell will become her deputy]].');
  });

  it('leaves a reporting verb at the edge of a highlight out of it', () => {
    const [a, b] = marks('He said the Valtry council had already cut 14 vacant posts.', 'Mayor Ilse Varden said the Valtry council had already cut 14 vacant posts.');
    expect(a).toBe('He said the [[2:Valtry council had already cut 14 vacant posts]].');
    expect(b).toBe('Mayor Ilse Varden said the [[2:Valtry council had already cut 14 vacant posts]].');
  });

  it('leaves a reporting verb after a named speaker at the end of a highlight out of it', () => {
    const [a] = marks(
      'Speaking at the quay, Brenvik harbour master Ola Brenn said crews were still searching the bay.',
      'In an update, Brenvik harbour master Ola Brenn said the ferry had sunk in minutes.',
    );
    expect(a).toBe('Speaking at the quay, [[2:Brenvik harbour master Ola Brenn]] said crews were still searching the bay.');
  });

  it('reads an attribution at the end of a highlight on to the end of its clause', () => {
    const [a] = marks('At dusk, outdoor sirens sounded across Brenvik, residents said.', 'By evening, residents of Brenvik heard outdoor sirens sounding.');
    expect(a).toBe('At dusk, [[2:outdoor sirens sounded across Brenvik]], residents said.');
  });
});
