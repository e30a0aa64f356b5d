"""Tuyên truyền, dân chủ cơ sở (issue 11): dissemination events, publicity to citizens, matters
the people discussed and decided, village charters. One module per record kind; `figures` the
numbers every other part reads; `area` the kernel registration."""
