package ecasefixture.brokenboundary.beta.internal;

/** Internal to beta: other modules must not use it. */
public class BetaSecret {

  public String value() {
    return "secret";
  }
}
