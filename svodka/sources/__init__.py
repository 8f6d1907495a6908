"""Where pages come from: files, folders, WARC archives (later: feeds)."""
