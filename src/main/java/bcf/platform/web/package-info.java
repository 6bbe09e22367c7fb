/**
 * What every page and API endpoint shares: refusals as problem documents and pages, CSV bodies, the
 * sign-in page.
 */
@NamedInterface("web")
package bcf.platform.web;

import org.springframework.modulith.NamedInterface;
