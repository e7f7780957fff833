import type { DemandDriver, DriverIndex, RegionProfile } from "./demand-drivers.ts";
import type { Occupation } from "./occupation.ts";

/**
 * How strongly a region's profile calls for an occupation: the weighted mean of the indices of
 * its demand drivers (1 = the national average; 1.5 = its drivers run 50% above the nation). An
 * occupation without drivers is neutral (1), so only the forecast gap ranks it.
 */
export interface DriverContribution extends DriverIndex {
  weight: number;
}

export interface ProfileFit {
  factor: number;
  /** The occupation's drivers, strongest push first (weight × (index − 1)). */
  drivers: DriverContribution[];
}

export function profileFit(
  occupation: Pick<Occupation, "demandDrivers">,
  profile: RegionProfile,
): ProfileFit {
  if (occupation.demandDrivers.length === 0) return { factor: 1, drivers: [] };
  const drivers = occupation.demandDrivers.map(({ driver, weight }) => ({
    ...profile[driver as DemandDriver],
    weight,
  }));
  const factor = drivers.reduce((sum, d) => sum + d.weight * d.index, 0);
  drivers.sort((a, b) => b.weight * (b.index - 1) - a.weight * (a.index - 1) || b.weight - a.weight);
  return { factor, drivers };
}
