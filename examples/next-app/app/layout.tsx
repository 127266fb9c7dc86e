import type { Metadata } from "next";
import type { ReactNode } from "react";
import "react-polar-portal/styles.css";
import { LOCALE, TIME_ZONE } from "../lib/settings";
import { Portal } from "./portal";

export const metadata: Metadata = { title: "Your account" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ maxWidth: 760, margin: "2rem auto", padding: "0 1rem", fontFamily: "system-ui, sans-serif" }}>
        <Portal locale={LOCALE} timeZone={TIME_ZONE}>
          {children}
        </Portal>
      </body>
    </html>
  );
}
