"""Data files shipped with the app (templates, action library, sample
session, icons). Packaged as ``collabworkshop.resources``; no code here."""
