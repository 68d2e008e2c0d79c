package kz.ecase.offences.web;

import kz.ecase.documents.QrCode;

/**
 * A QR code as a PNG {@code data:} URI (the pages' content security policy allows {@code data:}
 * images): a phone's camera or a payment terminal reads the payment link.
 */
final class PaymentQr {

  private static final int SIZE = 240;

  private PaymentQr() {}

  static String dataUri(String text) {
    return QrCode.pngDataUri(text, SIZE);
  }
}
