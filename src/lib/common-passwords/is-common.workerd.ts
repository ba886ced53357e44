// The Worker's check against the common-password list (the "workerd" condition of
// "#common-passwords" in package.json "imports"): each bucket file is read once per isolate from
// the Worker's own static assets through the ASSETS binding, so the list is not in the Worker's
// bundle and costs nothing until someone chooses a password. See buckets.ts.
import { env } from "cloudflare:workers";
import { bucketFileName, bucketedPasswordList, COMMON_PASSWORDS_DIRECTORY } from "./buckets";

/** The binding wrangler.toml's [assets] names; the host is ignored by ASSETS.fetch. */
function assetsBinding(): Fetcher {
  const assets = (env as { ASSETS?: Fetcher }).ASSETS;
  if (!assets) throw new Error("The ASSETS binding is missing: the common-password list is read from the Worker's static assets.");
  return assets;
}

export const isCommonPassword = bucketedPasswordList(async (bucket) => {
  const response = await assetsBinding().fetch(`https://assets.invalid/${COMMON_PASSWORDS_DIRECTORY}/${bucketFileName(bucket)}`);
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`Reading the common-password list failed: HTTP ${response.status}.`);
  return response.text();
});
