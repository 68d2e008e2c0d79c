package kz.ecase.web;

import java.util.Set;
import kz.ecase.identity.Role;

/**
 * A section a module adds to the page of the one search box in the header ({@code
 * /offences/search}): declared as a bean by the module that owns the records, like a {@link
 * WorkspacePanel}, so that the page lists what every module finds without knowing the modules. The
 * section is loaded into the page (htmx) from {@code content?q=…}; without scripts, the page links
 * to {@code page?q=…}. Its heading is the message {@code <key>.title}.
 *
 * @param key the message-key prefix and the section's element id, e.g. {@code search.register}
 * @param order where it stands below the protocols (smaller first)
 * @param roles the roles whose search shows it
 * @param content the fragment that answers the search text (parameter {@code q})
 * @param page the same results as a page of their own
 */
public record SearchSection(String key, int order, Set<Role> roles, String content, String page) {

  public SearchSection {
    roles = Set.copyOf(roles);
  }

  /** Whether the section is shown to a user of the role. */
  public boolean shownTo(Role role) {
    return roles.contains(role);
  }
}
