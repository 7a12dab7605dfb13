enum ProjPlaceholder {}
