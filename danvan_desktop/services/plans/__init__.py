"""The plans area (issue 11): documents from above, the commune's implementing plans, the
steering committee and the movement's funding. Modules: `directives`, `plans`, `committee`
(the services screens and commands call), `figures`, `indicators`, `report` and `area` (what the
area contributes to the kernel's hubs)."""
