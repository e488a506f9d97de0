import { describe, expect, it } from 'vitest';
import { partsOfSpeech, readsAsVerb } from '../../../src/engine/lexicon/parts-of-speech.ts';

describe('parts of speech from the shipped vocabulary', () => {
  it('lists what WordNet gives a lemma, and nothing for an unknown word', () => {
    expect(partsOfSpeech('replace')).toEqual(['verb']);
    expect(partsOfSpeech('store')).toEqual(expect.arrayContaining(['noun', 'verb']));
    expect(partsOfSpeech('fiscal')).toEqual(['adjective']);
    expect(partsOfSpeech('qwzxv')).toEqual([]);
  });

  it('reads past and participle forms and verb-only lemmas as verbs', () => {
    expect(readsAsVerb('stopped', 'stop')).toBe(true);
    expect(readsAsVerb('fled', 'flee')).toBe(true);
    expect(readsAsVerb('dropping', 'drop')).toBe(true);
    expect(readsAsVerb('replace', 'replace')).toBe(true);
  });

  it('does not read a bare or plural form that is also a noun as a verb, nor a word that is no verb', () => {
    expect(readsAsVerb('store', 'store')).toBe(false);
    expect(readsAsVerb('stores', 'store')).toBe(false);
    expect(readsAsVerb('media', 'medium')).toBe(false);
    expect(readsAsVerb('fiscal', 'fiscal')).toBe(false);
  });

  it('reads irregular past forms as verbs, but not a comparative, a superlative or an irregular plural', () => {
    expect(readsAsVerb('struck', 'strike')).toBe(true);
    expect(readsAsVerb('taken', 'take')).toBe(true);
    expect(readsAsVerb('closer', 'close')).toBe(false);
    expect(readsAsVerb('lowest', 'low')).toBe(false);
    expect(readsAsVerb('men', 'man')).toBe(false);
    expect(readsAsVerb('feet', 'foot')).toBe(false);
  });
});
