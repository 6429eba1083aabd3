/** Demo content: a fictional county, its staff, and realistic petitions in Chinese, from a seed. */
export { createRandom, weightedPicker, type Random } from './random.ts';
export {
  CITY_CODE, COUNTY_CODE, COUNTY_NAME, ORG, demoCounty, demoStaff, demoTownships, orgName,
  type DemoOrg, type DemoOrgKind, type DemoRole, type DemoStaff, type DemoTownship,
} from './county.ts';
export { idCheckChar, isValidIdNumber, randomIdNumber, randomName, randomPhone } from './identity.ts';
export {
  CHANNEL_WEIGHTS, generatePetition, generatePetitions, generateTaggedPetition, templateIds,
  type DemoPetition, type DemoPetitioner,
} from './petition-text.ts';
export type { Category, Channel, NotAcceptRoute } from './phrases/common.ts';
