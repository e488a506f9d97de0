import { describe, expect, it } from 'vitest';
import { resolveOutlet, titleCaseLabel } from '../../../src/engine/digest/outlets.ts';

function outlet(label: string, host: string | null = null): string {
  const { name, short, known } = resolveOutlet(label, host);
  return `${name} (${short})${known ? '' : ' [unknown]'}`;
}

describe('resolveOutlet', () => {
  it.each([
    ['VOICE OF AMERICA', 'Voice of America (VOA)'],
    ['CNN', 'CNN (CNN)'],
    ['REUTERS', 'Reuters (Reuters)'],
    ['AL JAZEERA', 'Al Jazeera (Al Jazeera)'],
    ['THE GUARDIAN', 'The Guardian (Guardian)'],
    ['GUARDIAN', 'The Guardian (Guardian)'],
    ['NPR', 'NPR (NPR)'],
    ['DW', 'DW (DW)'],
    ['DEUTSCHE WELLE', 'DW (DW)'],
    ['ASSOCIATED PRESS', 'Associated Press (AP)'],
    ['THE ASSOCIATED PRESS', 'Associated Press (AP)'],
    ['BBC', 'BBC News (BBC)'],
    ['THE NEW YORK TIMES', 'The New York Times (NYT)'],
    ['FRANCE 24', 'France 24 (France 24)'],
    ['voice  of   america', 'Voice of America (VOA)'],
    ['ESPN', 'ESPN (ESPN)'],
    ['TECHCRUNCH', 'TechCrunch (TechCrunch)'],
    ['ITV NEWS', 'ITV News (ITV)'],
    ['RTÉ NEWS', 'RTÉ News (RTÉ)'],
    ['MERCOPRESS', 'MercoPress (MercoPress)'],
    ['STAT', 'STAT (STAT)'],
    ['RENEWECONOMY', 'RenewEconomy (RenewEconomy)'],
    ['TRADEWINDS', 'TradeWinds (TradeWinds)'],
    ['ERR NEWS', 'ERR News (ERR)'],
    ['SPACENEWS', 'SpaceNews (SpaceNews)'],
    ['FLIGHTGLOBAL', 'FlightGlobal (FlightGlobal)'],
    ['GEEKWIRE', 'GeekWire (GeekWire)'],
    ['FIERCEPHARMA', 'FiercePharma (FiercePharma)'],
    ['WALES ONLINE', 'WalesOnline (WalesOnline)'],
    ['WALESONLINE', 'WalesOnline (WalesOnline)'],
    ['SABC NEWS', 'SABC News (SABC)'],
    ['SABC', 'SABC News (SABC)'],
  ])('knows %s', (label, expected) => {
    expect(outlet(label)).toBe(expected);
  });

  it('keeps the label exactly as the digest shouts it', () => {
    expect(resolveOutlet('VOICE OF AMERICA', null)).toEqual({ name: 'Voice of America', short: 'VOA', label: 'VOICE OF AMERICA', known: true });
  });

  it.each([
    ['THE IRISH TIMES', 'The Irish Times (Irish Times) [unknown]'],
    ['KYIV INDEPENDENT', 'Kyiv Independent (Kyiv Independent) [unknown]'],
    ['NATURE', 'Nature (Nature) [unknown]'],
    ['LE MONDE', 'Le Monde (Le Monde) [unknown]'],
    ['EL PAÍS', 'El País (El País) [unknown]'],
    ['THE SYDNEY MORNING HERALD', 'The Sydney Morning Herald (SMH) [unknown]'],
    ['TIMES OF MALTA', 'Times of Malta (Times of Malta) [unknown]'],
    ['CGTN', 'CGTN (CGTN) [unknown]'],
    ['RTL', 'RTL (RTL) [unknown]'],
    ['TRT WORLD', 'TRT World (TRT World) [unknown]'],
  ])('title-cases the unknown %s', (label, expected) => {
    expect(outlet(label)).toBe(expected);
  });

  it('recognises a known outlet by its SOURCE host when the label abbreviates its name', () => {
    expect(outlet('VOA NEWS', 'www.voanews.com')).toBe('Voice of America (VOA)');
    expect(outlet('WASHINGTON POST', 'www.washingtonpost.com')).toBe('The Washington Post (WaPo)');
    expect(outlet('FINANCIAL', 'www.ft.com')).toBe('Financial Times (FT)');
    expect(outlet('MERCO', 'en.mercopress.com')).toBe('MercoPress (MercoPress)');
  });

  it('does not rename a stranger because of the host it quotes', () => {
    expect(outlet('MORNING BREW', 'www.cnn.com')).toBe('Morning Brew (Morning Brew) [unknown]');
  });

  it('does not take another paper’s alias when the SOURCE host spells the label out on a site of its own', () => {
    expect(outlet('THE DAILY TELEGRAPH', 'www.dailytelegraph.com.au')).toBe('The Daily Telegraph (Daily Telegraph) [unknown]');
    expect(outlet('THE DAILY TELEGRAPH', 'www.telegraph.co.uk')).toBe('The Telegraph (Telegraph)');
    expect(outlet('THE DAILY TELEGRAPH', null)).toBe('The Telegraph (Telegraph)');
    // The outlet's own name keeps it whatever host is quoted (a syndicated copy).
    expect(outlet('REUTERS', 'www.example.com')).toBe('Reuters (Reuters)');
  });
});

describe('titleCaseLabel', () => {
  it.each([
    ['THE GUARDIAN', 'The Guardian'],
    ['AL JAZEERA', 'Al Jazeera'],
    ['NPR', 'NPR'],
    ['DW', 'DW'],
    ['RADIO FREE ASIA', 'Radio Free Asia'],
    ['TIMES OF INDIA', 'Times of India'],
    ['THE TIMES-PICAYUNE', 'The Times-Picayune'],
    ['  SOUTH   CHINA MORNING POST ', 'South China Morning Post'],
    // A two-letter word that is no common word is an initialism (`EE`, `NY`, `LA`); articles and
    // particles (`Le`, `El`, `Al`, `De`) are words.
    ['EE TIMES', 'EE Times'],
    ['NY DAILY RECORD', 'NY Daily Record'],
    ['LE MONDE', 'Le Monde'],
    ['EL PAÍS', 'El País'],
    ['AL ARABIYA', 'Al Arabiya'],
    ['GO RADIO', 'Go Radio'],
    // Prepositions and conjunctions inside a name stay lower case, as the outlet writes them.
    ['NOTES FROM POLAND', 'Notes from Poland'],
    ['NEWS WITH VIEWS', 'News with Views'],
    ['FROM THE GROUND', 'From the Ground'],
    // A possessive's `s` after an apostrophe stays lower case; a name's letter after one does not.
    ["LLOYD'S LIST", "Lloyd's List"],
    ['LLOYD’S LIST', 'Lloyd’s List'],
    ["O'NEILL'S WEEKLY", "O'Neill's Weekly"],
  ])('%s → %s', (label, expected) => {
    expect(titleCaseLabel(label)).toBe(expected);
  });
});
