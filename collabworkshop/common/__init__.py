"""The ground floor every layer may use: plain Python, no Qt, nothing from
the rest of the app. ``i18n`` marks user-visible text and translates it at
the edge; ``safetext`` makes text printable on a terminal; ``userfiles``
reads only regular files and finds the file a path really writes."""
