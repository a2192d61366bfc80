"""Running the room: the facilitator console, the audience display, the
presenter (screens, blackout), the step timer and the notes panel."""
