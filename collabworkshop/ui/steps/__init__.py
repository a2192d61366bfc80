"""The workshop's step pages (set-up, information, place, discuss, vote,
plan, review, wrap-up) and the view that steps through them."""
