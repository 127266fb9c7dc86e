import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // This app lives inside the kit's repository, whose own lockfile would otherwise make Next.js
  // take the repository as the project root.
  turbopack: { root: __dirname },
  outputFileTracingRoot: __dirname,
  // Polar's list is `/v1/customer-portal/orders/`: without this, Next.js answers the proxy's
  // trailing slash with a 308 to the path without it, and every list read costs two requests.
  skipTrailingSlashRedirect: true,
};

export default nextConfig;
