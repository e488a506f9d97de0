/**
 * The development digests that were once blind sets, by set, and the folds that leave one set out
 * at a time (scripts/train-draft-model.ts re-exports them; scripts/fit-figure-pairing.ts reads them).
 */

/** Digests that were once blind sets, by set. */
export const BLIND_SETS: Record<string, readonly string[]> = {
  'set 6': ['fsa', 'tokyo', 'bolton', 'fehmarnbelt', 'scottish', 'minister'],
  'set 7': ['west-bandung', 'cnb', 'hot-nights', 'slovenia', 'harbourline', 'hospital-cyberattacks'],
  'set 8': ['sape-strait', 'pennant-foods', 'milan-sanremo', 'belarus-prisoner', 'alder-falls', 'bridge-closures'],
  'set 9': ['amory-tornado', 'taichung-outdoor', 'australia-cpi', 'hamilton-grandparent', 'quebec-election', 'museum-gold'],
  'set 10': ['tarragona-chemical', 'penwith-energy', 'indonesia-nigeria', 'rotterdam-open', 'skopje-smog', 'emergency-landings'],
  'set 11': ['mhra-norovirus', 'irish-budget', 'ellery-defamation', 'south-africa-west-indies', 'fuego-eruption', 'dockworker-deaths'],
  'set 12': ['webb-rocky', 'norvik-fuel', 'estonia-no-confidence', 'european-aquatics', 'europol-crypto', 'ship-groundings'],
  'set 13': ['santa-juana', 'sweden-jobless', 'verdi-airport', 'tirreno-sassotetto', 'paraguay-dengue', 'pit-collapses'],
  'set 14': ['penhallow', 'seoul-warsaw', 'alberta-pension', 'accc-corvus', 'kermadec', 'train-derailments'],
  'set 15': ['montardo', 'hungary-micro', 'premiership-final', 'dutch-social', 'vis-roman', 'levee-dam'],
  'set 16': ['uokik', 'monterrey', 'carcara', 'pellew', 'kenya-vietnam', 'cruise-norovirus'],
  'set 17': ['southampton-port', 'havsoy', 'oldham-measles', 'iberis-lusavia', 'norvance-brno', 'pharma-recalls'],
  'set 18': ['latvia-coalition', 'perak-land', 'storm-fergal', 'algeciras-bay', 'madrid-open', 'stadium-concert'],
  'set 19': ['dersomeran-lpa', 'washington-harness', 'scotland-nurses', 'victoria-offshore', 'maitenraptor', 'boil-water'],
  'set 20': ['brussels-jewellery', 'gioia-tauro', 'berlinale', 'verstraeten', 'carrington', 'building-collapses'],
  'set 21': ['canberra-light-rail', 'jaen-xylella', 'calloways-food', 'leaving-cert', 'giurgiu-ruse', 'bus-crashes'],
  'set 22': ['vardo-polarlink', 'carrow-bank', 'czech-koruna', 'kencana-air', 'atlantic-tv', 'power-blackouts'],
  'set 23': ['severn-ambulance', 'kielder-lynx', 'isere-valcryl', 'toi-5207b', 'gota-wallgren', 'gas-explosions'],
  'set 24': ['quillpay-delaney', 'vantor-aster', 'ashbourne-lindqvist', 'kestrel-blue', 'rovakka-gold', 'jaguar-wolves'],
  'set 25': ['hungary-inflation', 'lumetrix-layoffs', 'barneveld-bird-flu', 'porto-uterus', 'cyprus-water', 'ride-accidents'],
  'set 26': ['ferrandi-kidnap', 'munich-halvorn', 'spokane-police', 'catalunya-vallter', 'irish-open', 'warehouse-fires'],
  'set 27': ['nz-sugary', 'tipperary-carrigmore', 'canada-northlink', 'portugal-smoking', 'rosyth-zeebrugge', 'sinkholes-naples'],
  'set 28': ['gauteng-admission', 'zakopane-ski', 'harlow-springs', 'german-masters', 'okanagan-mp', 'fireworks-accidents'],
  'set 29': ['piedmont-train', 'queensland-teachers', 'seville-tourist', 'lewis-pilot', 'norfolk-medieval', 'shark-attacks'],
  'set 30': ['austrian-grand', 'ehf-womens', 'canada-cabinet', 'uk-national-living', 'exmouth-sewage', 'bear-attacks'],
  'set 31': ['valladolid-legionnaires', 'heaviest-black-hole', 'velarion-stockholm', 'bordeaux-counterfeit', 'denmark-air-traffic', 'pool-chlorine-leaks'],
  'set 32': ['portugal-right-to-repair', 'toktogul-water', 'world-darts', 'leeds-piano', 'hungary-apricot', 'cable-car-breakdowns'],
  'set 33': ['kerbside-couriers', 'western-rail-corridor', 'harbour-hf-veltrazumab', 'larkspur-interactive', 'torun-copernicus', 'cave-rescues-ingleton'],
  'set 34': ['finland-fur-farming', 'piran-bay-fishing', 'constellation-cup-netball', 'stirling-prize-saltmarsh', 'catalonia-loggerhead', 'cave-rescues-matienzo'],
  'set 35': ['hollinsbury-cardiac', 'cork-airport-runway', 'mahurangi-council-ransomware', 'hatherley-calder-ridge', 'heerenveen-speed-skating', 'crane-collapses-aarhus'],
  'set 36': ['calderbridge-library', 'sudan-aid-pledging', 'galway-tipperary-hurling', 'mechelen-triptych', 'turkey-hazelnut', 'cattle-attacks-malham'],
};

/** The older digests' folds when leaving one set out at a time. */
export const OLD_FOLDS = 4;

/** Digests by name in folds: each blind set together (fold OLD_FOLDS + its index), the older digests in OLD_FOLDS folds (in turn). */
export function foldsBySet(names: readonly string[]): number[] {
  const sets = Object.values(BLIND_SETS);
  let older = 0;
  return names.map((name) => {
    const set = sets.findIndex((members) => members.some((member) => name.startsWith(member)));
    if (set >= 0) return OLD_FOLDS + set;
    older += 1;
    return older % OLD_FOLDS;
  });
}
