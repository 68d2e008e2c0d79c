package kz.ecase.offences.payments.web;

import kz.ecase.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The short links ecase gives the person: in the SMS notice ({@code /citizen/protocols/<number>})
 * and in the payment QR code the officer shows ({@code /citizen/pay/<reference>}). Both lead, after
 * sign-in, to the person's protocols, where they pay or appeal; the protocol is found there by its
 * number, never from the link, so a link reveals nothing to whoever else opens it.
 */
@Controller
class CitizenLinksController {

  @GetMapping("/citizen/protocols/{number}")
  @PreAuthorize("hasRole('CITIZEN')")
  String protocol(@PathVariable String number) {
    return toMyProtocols(number, 14);
  }

  @GetMapping("/citizen/pay/{reference}")
  @PreAuthorize("hasRole('CITIZEN')")
  String pay(@PathVariable String reference) {
    return toMyProtocols(reference, 15);
  }

  private static String toMyProtocols(String digits, int length) {
    if (digits == null || !digits.matches("[0-9]{" + length + "}")) {
      throw new NotFoundException("No such protocol");
    }
    return "redirect:/offences/my-protocols";
  }
}
