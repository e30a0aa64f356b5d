"""Documents of the commendations area: the certificate (giấy khen, bằng khen) as PDF and the
commendation list as Excel."""
