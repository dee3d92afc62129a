; pynsist's NSIS template, with one change: installing over an older version first removes its
; packages, so no module of the old version is left beside the new one (pynsist issue 66).
; The user's data is never under $INSTDIR, so nothing of it is touched.
[% extends "pyapp_msvcrt.nsi" %]

[% block install_pkgs %]
  RMDir /r "$INSTDIR\pkgs"
  [[ super() ]]
[% endblock install_pkgs %]
