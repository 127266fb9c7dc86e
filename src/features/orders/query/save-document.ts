import { PortalError } from "../../../core/client/errors.js";

let frames = 0;

/**
 * Saves the file behind a fresh link without leaving the page: no navigation of the tab, so no
 * `beforeunload` (which unregisters msw's worker, and makes a page's "unsaved changes" guard ask),
 * and it needs no pop-up permission, so it works after any wait. The link is kept nowhere: the
 * anchor is never attached, a frame's `src` is never set.
 *
 * - A link on another origin (Polar's presigned S3 links, `Content-Disposition: attachment`)
 *   cannot be read by script, so it opens in a hidden frame of its own, where the attachment
 *   becomes a download.
 * - A link on the page's own origin (the testing kit's mock in a browser, a merchant's proxy) is
 *   fetched, so a service worker answering in Polar's place answers it too (msw leaves frame
 *   navigations to the network), and a refused link is an error the action shows.
 */
export async function saveDocument(url: string, signal: AbortSignal): Promise<void> {
  const anchor = document.createElement("a");
  let done: () => void;
  anchor.href = url;
  anchor.rel = "noreferrer";
  if (anchor.origin == location.origin) {
    let response: Response | undefined;
    try {
      response = await fetch(url, { signal });
    } catch (cause) {
      if (signal.aborted) throw cause;
    }
    // A dropped connection is `network`, a refused link (expired, 403) `http`: both offer Try again.
    if (!response?.ok) throw new PortalError({ kind: response ? "http" : "network", status: response?.status, message: "The file could not be downloaded." });
    anchor.download = /filename="(.+?)"/.exec(response.headers.get("Content-Disposition")!)?.[1] ?? "";
    const blob = (anchor.href = URL.createObjectURL(await response.blob()));
    done = () => URL.revokeObjectURL(blob);
  } else {
    const frame = document.body.appendChild(document.createElement("iframe"));
    frame.hidden = true;
    anchor.target = frame.name = `pp-download-${++frames}`;
    done = () => frame.remove();
  }
  anchor.click();
  // Long enough for the download to start: removing the frame or the blob earlier would cancel it.
  setTimeout(done, 60_000);
}
