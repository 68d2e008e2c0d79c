package ecasefixture.brokenboundary.alpha;

import ecasefixture.brokenboundary.beta.internal.BetaSecret;

/** Breaks the boundary on purpose: uses beta's internal class. */
public class AlphaService {

  public String peek() {
    return new BetaSecret().value();
  }
}
