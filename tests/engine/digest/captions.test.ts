import { describe, expect, it } from 'vitest';
import { looksLikeCaption, splitCaption } from '../../../src/engine/digest/captions.ts';
import { readFixture } from '../fixtures.ts';

/** `caption ‖ credit`, so a failure reads like the line it came from. */
function split(line: string): string {
  const { caption, credit } = splitCaption(line);
  return `${caption ?? '∅'} ‖ ${credit ?? '∅'}`;
}

describe('splitCaption', () => {
  it.each([
    ['Firefighters battle a blaze in Altadena, Calif., Jan. 8, 2025. (AP Photo/Ethan Swope)', 'Firefighters battle a blaze in Altadena, Calif., Jan. 8, 2025. ‖ (AP Photo/Ethan Swope)'],
    ['South Korean soldiers patrol near the border. (Photo by Jung Yeon-je / AFP)', 'South Korean soldiers patrol near the border. ‖ (Photo by Jung Yeon-je / AFP)'],
    ['Traders work on the floor of the exchange. (Reuters)', 'Traders work on the floor of the exchange. ‖ (Reuters)'],
    ['Protesters march through central Paris. Photo: Reuters', 'Protesters march through central Paris. ‖ Photo: Reuters'],
    ['Ships wait in the bay. Credit: Jane Doe/AP', 'Ships wait in the bay. ‖ Credit: Jane Doe/AP'],
    ['Farmers drive tractors towards the European Parliament. Photograph by Lena Kraus', 'Farmers drive tractors towards the European Parliament. ‖ Photograph by Lena Kraus'],
    ['A soldier stands guard in Kyiv. AFP via Getty Images', 'A soldier stands guard in Kyiv. ‖ AFP via Getty Images'],
    ['Smoke rises over Khan Younis. Anadolu via Getty Images', 'Smoke rises over Khan Younis. ‖ Anadolu via Getty Images'],
    ['A man wades through floodwater in York. Danny Lawson/PA Wire', 'A man wades through floodwater in York. ‖ Danny Lawson/PA Wire'],
    ['Rescuers search the rubble in Antakya. Reuters', 'Rescuers search the rubble in Antakya. ‖ Reuters'],
    ['Chung Sung-Jun/Getty Images', '∅ ‖ Chung Sung-Jun/Getty Images'],
    ['Powell speaks in Washington on Wednesday. Photographer: Marisa Lentz/Bloomberg', 'Powell speaks in Washington on Wednesday. ‖ Photographer: Marisa Lentz/Bloomberg'],
    ['Residents clear debris in Davao Oriental province [Ronn Dizon/AFP]', 'Residents clear debris in Davao Oriental province ‖ [Ronn Dizon/AFP]'],
    ['Crowds gather in Doha. [Reuters]', 'Crowds gather in Doha. ‖ [Reuters]'],
    ['A wildfire burns near Savona on Tuesday. B.C. Wildfire Service/The Canadian Press', 'A wildfire burns near Savona on Tuesday. ‖ B.C. Wildfire Service/The Canadian Press'],
    ['Crews work in Kamloops, B.C. Darryl Dyck/The Canadian Press via AP', 'Crews work in Kamloops, B.C. ‖ Darryl Dyck/The Canadian Press via AP'],
    ['Hearts players celebrate at Hampden Park. SNS Group', 'Hearts players celebrate at Hampden Park. ‖ SNS Group'],
    ['Fans queue outside Elland Road on Saturday. PA Media', 'Fans queue outside Elland Road on Saturday. ‖ PA Media'],
    ['Troops parade in Paris. Ministry of Defence', 'Troops parade in Paris. ‖ Ministry of Defence'],
    ['The cafe opened in 2019. (ABC News: Tim Swanston)', 'The cafe opened in 2019. ‖ (ABC News: Tim Swanston)'],
    ['Divers search the harbour. (Supplied: NSW Police)', 'Divers search the harbour. ‖ (Supplied: NSW Police)'],
    ['Voters queue in Ljubljana. (Supplied)', 'Voters queue in Ljubljana. ‖ (Supplied)'],
    ['Smoke over the port. (AAP: Dean Lewins)', 'Smoke over the port. ‖ (AAP: Dean Lewins)'],
    // An outlet's own credit: its capitals, then PHOTO or file photo, maybe a photographer.
    ['Commuters wait at Bishan station on Monday. ST PHOTO: LIM WEI TAN', 'Commuters wait at Bishan station on Monday. ‖ ST PHOTO: LIM WEI TAN'],
    ['Police cordon off the road in Yishun. CNA file photo', 'Police cordon off the road in Yishun. ‖ CNA file photo'],
    ['Riot police guard the parliament in Dhaka. AFP PHOTO / Munir Uz Zaman', 'Riot police guard the parliament in Dhaka. ‖ AFP PHOTO / Munir Uz Zaman'],
    // A reader's photo: `(Submitted by …)`, as Canadian broadcasters credit it.
    ['The barn after the storm near Brandon. (Submitted by Leah Moreau)', 'The barn after the storm near Brandon. ‖ (Submitted by Leah Moreau)'],
    // `Pic:`, as Irish and British outlets label a credit, in brackets or after the caption.
    ['Ministers arrive at Government Buildings. (Pic: RollingNews.ie)', 'Ministers arrive at Government Buildings. ‖ (Pic: RollingNews.ie)'],
    ['Ministers arrive at Government Buildings. Pic: Sam Boal', 'Ministers arrive at Government Buildings. ‖ Pic: Sam Boal'],
    // A credit that names a website: its dots end no sentence.
    ['A fallen tree blocks the road near Galway. Photo: RollingNews.ie', 'A fallen tree blocks the road near Galway. ‖ Photo: RollingNews.ie'],
    ['Flood water in the square. Credit: Jane Doe/stuff.co.nz', 'Flood water in the square. ‖ Credit: Jane Doe/stuff.co.nz'],
    // A credit after a caption with no full stop: a copyright sign, or a capitalised label with its colon.
    ['An airliner at Madrid airport © Jane Doe/AFP via Getty Images', 'An airliner at Madrid airport ‖ © Jane Doe/AFP via Getty Images'],
    ['The minister at the announcement in Brno Photo: Jana Nováková/CTK/picture alliance', 'The minister at the announcement in Brno ‖ Photo: Jana Nováková/CTK/picture alliance'],
    // A wire credit with more than one slash.
    ['Containers at the port of Southampton, March 3, 2026. REUTERS/Jane Doe/File Photo', 'Containers at the port of Southampton, March 3, 2026. ‖ REUTERS/Jane Doe/File Photo'],
    // The New York Times' credit label, with three dots or an ellipsis.
    ['Bidders in the saleroom on Tuesday. Credit...Jane Doe for The New York Times', 'Bidders in the saleroom on Tuesday. ‖ Credit...Jane Doe for The New York Times'],
    ['Bidders in the saleroom on Tuesday Credit…Jane Doe for The New York Times', 'Bidders in the saleroom on Tuesday ‖ Credit…Jane Doe for The New York Times'],
    // A picture agency run on after a caption with no full stop.
    ['The painting had not been seen in public for decades Getty Images', 'The painting had not been seen in public for decades ‖ Getty Images'],
    ['Nurses on the picket line in Glasgow Jane Doe/AFP via Getty Images', 'Nurses on the picket line in Glasgow ‖ Jane Doe/AFP via Getty Images'],
    ['Nurses on the picket line in Glasgow PA Media', 'Nurses on the picket line in Glasgow ‖ PA Media'],
  ])('splits the credit off %s', (line, expected) => {
    expect(split(line)).toBe(expected);
  });

  it.each([
    'A cargo ship waits to cross the Panama Canal near Panama City, Sept. 3, 2024.',
    'Students read in the library of a secondary school in Nairobi.',
    'Spectators watch the launch from a viewing site near Kourou',
    'President Joe Biden and Dr. Jill Biden',
    'Rescuers reach the village of St. Anne',
    'Scottish Cup Final',
    'The couple at their wedding in 1981. Prince Charles and Lady Diana',
    'Smoke rises over the city after the strike. Kharkiv Oblast',
    'Crowds fill the square. Later, police cleared it',
    'The two leaders meet in Rome (from left: Meloni, Scholz)',
    'Ministers pose for a photo (Front row: Jane Doe, John Roe)',
    'The team after the final (Captain: Jane Doe)',
    'The minister (pictured: left) arrives in Dublin',
    'A © symbol painted on a wall in Lisbon',
    'The photographer on her photo: a lifetime in pictures',
    'A visitor looks at works lent by Getty Images',
    'The agency that sold the pictures to Getty Images',
  ])('leaves a caption without a credit whole: %s', (line) => {
    expect(split(line)).toBe(`${line} ‖ ∅`);
  });

  it('trims the caption and the line, and keeps the credit exactly as written', () => {
    expect(split('  Crews restore power in Tallahassee.   (AP Photo/Mark Ruiz)  ')).toBe('Crews restore power in Tallahassee. ‖ (AP Photo/Mark Ruiz)');
  });

  it('splits the seed’s captions as its gold says', () => {
    const captions = readFixture('blinken-seoul-2025-01-06.txt')
      .split('\n')
      .filter((_line, index, lines) => / \| Published /u.test(lines[index + 1] ?? ''));
    expect(captions.map(split)).toEqual([
      'U.S. Secretary of State Antony Blinken is greeted before he boards a plane at the Osan Air Base in Pyeongtaek, South Korea, Jan. 6, 2025. ‖ ∅',
      'US Secretary of State Antony Blinken attends the joint press conference on January 6, 2025 in Seoul, South Korea. ‖ Chung Sung-Jun/Getty Images',
    ]);
  });
});

describe('looksLikeCaption', () => {
  it.each([
    'A man wades through floodwater in York. Danny Lawson/PA Wire',
    'Commuters wait on a platform at Tokyo Station, Jan. 15, 2025.',
    'Commuters wait on a platform at Tokyo Station, 15 January 2025.',
    'FILE - The Capitol dome in Washington.',
    'In this photo released by the ministry, troops unload supplies.',
  ])('is true for %s', (line) => {
    expect(looksLikeCaption(line)).toBe(true);
  });

  it.each([
    'The Environment Agency said river levels in York were expected to peak overnight.',
    '“We are managing every drop of water,” the authority’s administrator said.',
    'Officials said the change would let each vessel carry several hundred more containers.',
  ])('is false for prose: %s', (line) => {
    expect(looksLikeCaption(line)).toBe(false);
  });
});

describe('splitCaption keeps whole sentences in the caption', () => {
  it('does not take a sentence into the credit after an abbreviation', () => {
    // Found by the round-trip property: “Mr. in Seoul, South Korea. AFP via …” is not one credit.
    expect(splitCaption('Officials officials Mr. in Seoul, South Korea. AFP via Getty Images')).toEqual({
      caption: 'Officials officials Mr. in Seoul, South Korea.',
      credit: 'AFP via Getty Images',
    });
  });
});
