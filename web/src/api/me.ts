import { useMutation } from "@tanstack/react-query";
import { getFile } from "./http.ts";

/**
 * GET /api/me/export: the signed-in resident's data as a JSON file, saved through the browser's
 * download (the name from Content-Disposition).
 */
export function useExportMyData() {
  return useMutation({
    mutationFn: async () => {
      const file = await getFile("/me/export");
      const name = file.filename ?? "maeul-my-data.json";
      const url = URL.createObjectURL(file.blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      // Give the browser a moment to start the download before the URL goes.
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { filename: name, bytes: file.blob.size };
    },
  });
}
