/**
 * The currencies the quantity finder knows (quantities-lexicon.ts re-exports them): symbols,
 * letters and ISO codes written before a figure, currency words after it, crowns by country.
 */

export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₩', 'KRW'], ['₽', 'RUB'], ['₴', 'UAH'], ['₪', 'ILS'],
]);

/** Letters written before `$`: `US$`, `A$`, `HK$`. */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['a', 'AUD'], ['au', 'AUD'], ['c', 'CAD'], ['ca', 'CAD'], ['hk', 'HKD'], ['nz', 'NZD'], ['s', 'SGD'], ['r', 'BRL'],
]);

/**
 * Currencies written with letters that are no ISO code, against or before the figure: the
 * Malaysian ringgit `RM12.2mil`, the rupiah `Rp 5 billion`, the rupee `Rs 300 crore` (round 15v).
 */
export const LETTER_CURRENCIES: ReadonlyMap<string, string> = new Map([['RM', 'MYR'], ['Rp', 'IDR'], ['Rs', 'INR']]);

export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'KRW', 'RUB', 'UAH', 'CHF', 'CAD', 'AUD', 'HKD', 'ILS', 'NZD', 'SGD',
  // ISO 4217 codes of other currencies that financial news writes before a figure (`DKK9.1bn`).
  'DKK', 'SEK', 'NOK', 'ISK', 'PLN', 'CZK', 'HUF', 'RON', 'TRY', 'BRL', 'MXN', 'ARS', 'CLP', 'COP', 'ZAR', 'NGN',
  'KES', 'EGP', 'SAR', 'AED', 'QAR', 'PKR', 'BDT', 'IDR', 'MYR', 'THB', 'VND', 'TWD',
]);

/** A currency named by its country's adjective: `312 Danish kroner`, `5bn Swedish kronor`. */
export const NATIONAL_CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['danish krone', 'DKK'], ['danish kroner', 'DKK'], ['norwegian krone', 'NOK'], ['norwegian kroner', 'NOK'],
  ['swedish krona', 'SEK'], ['swedish kronor', 'SEK'], ['icelandic krona', 'ISK'], ['icelandic kronur', 'ISK'],
  ['czech koruna', 'CZK'], ['czech korunas', 'CZK'], ['polish zloty', 'PLN'], ['polish zlotys', 'PLN'],
  ['hungarian forint', 'HUF'], ['hungarian forints', 'HUF'], ['turkish lira', 'TRY'], ['turkish liras', 'TRY'],
  ['swiss franc', 'CHF'], ['swiss francs', 'CHF'], ['canadian dollar', 'CAD'], ['canadian dollars', 'CAD'],
  ['australian dollar', 'AUD'], ['australian dollars', 'AUD'], ['brazilian real', 'BRL'], ['brazilian reais', 'BRL'],
  ['mexican peso', 'MXN'], ['mexican pesos', 'MXN'], ['south african rand', 'ZAR'], ['indian rupees', 'INR'],
  // The crowns in English: `71 billion Danish crowns` is DKK 71bn.
  ['danish crown', 'DKK'], ['danish crowns', 'DKK'], ['norwegian crown', 'NOK'], ['norwegian crowns', 'NOK'],
  ['swedish crown', 'SEK'], ['swedish crowns', 'SEK'], ['icelandic crown', 'ISK'], ['icelandic crowns', 'ISK'],
  ['czech crown', 'CZK'], ['czech crowns', 'CZK'],
]);

/**
 * Crowns by their bare name (`59 billion crowns`, `kroner`): a currency of which country only
 * the report says, by naming one crown currency in full (`Danish crowns`, `DKK`) elsewhere. With
 * none named, the word's form says whose they may be (quantities-rates.ts, round 19f): `kronor`
 * and `krona` Swedish, `kroner` and `krone` Danish or Norwegian, `koruna` Czech, `kronur`
 * Icelandic; the English `crown` says nothing.
 */
export const BARE_CROWNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['kronor', ['SEK']], ['krona', ['SEK']], ['kroner', ['DKK', 'NOK']], ['krone', ['DKK', 'NOK']], ['koruna', ['CZK']], ['korun', ['CZK']],
  ['kronur', ['ISK']], ['crown', ['DKK', 'NOK', 'SEK', 'CZK']],
]);
/**
 * The English `crown` is more than money (`three crowns` may be titles, or a king's). It is a
 * crown currency from a thousand when the report or the other one names that currency
 * (quantities.ts `settleBareCrowns`, quantities-agree.ts: `2 billion crowns` / `NOK 2 billion`),
 * but converted to another currency, where nothing names it, only from a million (`some four
 * trillion crowns` / `about €150 billion`): a conversion has a currency's word only to go on.
 */
export const CROWN_MONEY_FLOOR = 1000;
export const CROWN_CONVERSION_FLOOR = 1e6;
export const CROWN_CURRENCIES: ReadonlySet<string> = new Set(['DKK', 'NOK', 'SEK', 'ISK', 'CZK']);

/** Currency words after the number: `1.2bn dollars`, `3 million euros`. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['pound', 'GBP'], ['pounds', 'GBP'],
  ['sterling', 'GBP'], ['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['won', 'KRW'], ['rupee', 'INR'],
  ['rupees', 'INR'], ['rouble', 'RUB'], ['roubles', 'RUB'], ['ruble', 'RUB'], ['rubles', 'RUB'], ['hryvnia', 'UAH'],
  ['hryvnias', 'UAH'], ['franc', 'CHF'], ['francs', 'CHF'], ['shekel', 'ILS'], ['shekels', 'ILS'],
  // Currencies whose name is one country's: `96.5 million zlotys` is PLN 96.5m.
  ['zloty', 'PLN'], ['zlotys', 'PLN'], ['zlotych', 'PLN'], ['forint', 'HUF'], ['forints', 'HUF'], ['reais', 'BRL'],
  ['rand', 'ZAR'], ['naira', 'NGN'], ['ringgit', 'MYR'], ['rupiah', 'IDR'], ['baht', 'THB'],
]);
