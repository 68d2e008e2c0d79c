package ecasefixture.brokenboundary.beta;

import ecasefixture.brokenboundary.beta.internal.BetaSecret;

/** beta's public API. */
public class BetaService {

  public String answer() {
    return new BetaSecret().value();
  }
}
