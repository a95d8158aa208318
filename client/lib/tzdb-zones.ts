// What the zone table uses of @vvo/tzdb, imported through here: a dynamic import keeps every
// export of the module it names, so naming the package itself would ship its unused tables too.
export { getTimeZones, rawTimeZones } from '@vvo/tzdb';
