import { describe, expect, it } from "vitest";
import { boundingBox, distanceKm, snapToGrid } from "./geo.ts";

describe("geo", () => {
  it("measures great-circle distance (Seoul City Hall to Gwanak-gu Office ≈ 10 km)", () => {
    const cityHall = { lat: 37.5663, lng: 126.9779 };
    const gwanakOffice = { lat: 37.4784, lng: 126.9516 };
    expect(distanceKm(cityHall, gwanakOffice)).toBeGreaterThan(9.5);
    expect(distanceKm(cityHall, gwanakOffice)).toBeLessThan(10.2);
    expect(distanceKm(cityHall, cityHall)).toBe(0);
  });

  it("builds a bounding box that contains the whole circle", () => {
    const centre = { lat: 37.5, lng: 127 };
    const box = boundingBox(centre, 5);
    for (const bearing of [0, 45, 90, 135, 180, 225, 270, 315]) {
      const rad = (bearing * Math.PI) / 180;
      const p = {
        lat: centre.lat + (4.99 / 111.2) * Math.cos(rad),
        lng: centre.lng + (4.99 / (111.2 * Math.cos((37.5 * Math.PI) / 180))) * Math.sin(rad),
      };
      expect(p.lat).toBeGreaterThanOrEqual(box.minLat);
      expect(p.lat).toBeLessThanOrEqual(box.maxLat);
      expect(p.lng).toBeGreaterThanOrEqual(box.minLng);
      expect(p.lng).toBeLessThanOrEqual(box.maxLng);
    }
  });

  it("snaps homes to a ~250 m grid so exact addresses are never kept for matching", () => {
    const a = snapToGrid({ lat: 37.47841, lng: 126.95162 });
    const b = snapToGrid({ lat: 37.47849, lng: 126.95169 });
    expect(a).toEqual(b);
    expect(distanceKm(a, { lat: 37.47841, lng: 126.95162 })).toBeLessThan(0.2);
  });
});
