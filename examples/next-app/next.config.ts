import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // This app lives inside the kit's repository, whose own lockfile would otherwise make Next.js
  // take the repository as the project root.
  turbopack: { root: __dirname },
  outputFileTracingRoot: __dirname,
};

export default nextConfig;
