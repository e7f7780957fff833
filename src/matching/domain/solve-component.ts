import { type ComponentCertificate, certifyComponent } from "./allocation-certificate.ts";
import { auctionPrices } from "./auction-prices.ts";
import type { ComponentProblem, ComponentSolution } from "./component-problem.ts";
import { solveComponent } from "./successive-shortest-paths.ts";

export interface SolvedComponent {
  solution: ComponentSolution;
  certificate: ComponentCertificate;
  auctionBids: number;
}

/**
 * One component, exactly: auction prices as a warm start, successive shortest paths for the
 * optimum, then the dual certificate. What a worker thread runs for each component it is sent.
 */
export function solveComponentExactly(problem: ComponentProblem): SolvedComponent {
  const warmStart = auctionPrices(problem);
  const solution = solveComponent(problem, { warmStart });
  return { solution, certificate: certifyComponent(problem, solution), auctionBids: warmStart.bids };
}
