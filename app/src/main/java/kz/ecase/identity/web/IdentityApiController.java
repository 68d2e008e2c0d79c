package kz.ecase.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.identity.Directory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I, and (for administrators) the units and accounts. */
@RestController
@RequestMapping("/api/identity")
@Tag(name = "Identity")
@SecurityRequirement(name = "bearer")
class IdentityApiController {

  private final CurrentUsers currentUsers;
  private final Directory directory;

  IdentityApiController(CurrentUsers currentUsers, Directory directory) {
    this.currentUsers = currentUsers;
    this.directory = directory;
  }

  @GetMapping("/me")
  @Operation(summary = "The signed-in user: name, role, unit or IIN")
  CurrentUser me() {
    return currentUsers.current();
  }

  @GetMapping("/units")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "All units (administrators)")
  List<Directory.Unit> units() {
    return directory.units();
  }

  @GetMapping("/users")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "All accounts without password hashes (administrators)")
  List<Directory.Account> users() {
    return directory.accounts();
  }
}
