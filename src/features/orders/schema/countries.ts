// The countries and subdivisions Polar accepts are the core's (src/core/address/countries.ts): a
// customer's address takes the same. Named here still for the testing kit's mock.
export { CA_PROVINCES, INPUT_COUNTRIES, US_STATES, isInputCountry, stateCodesFor, type InputCountry } from "../../../core/address/countries.js";
