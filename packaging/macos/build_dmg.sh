#!/usr/bin/env bash
# Pack the macOS app of one boutique into a .dmg (drag to Applications), checked by its self-test.
#
# On a Mac (Python 3.11/3.12 from python.org or Homebrew, Xcode command line tools):
#
#   python3 -m venv .venv && .venv/bin/pip install -e '.[package]' pillow
#   .venv/bin/python packaging/build.py --boutique paris-saint-honore
#   packaging/macos/build_dmg.sh dist/clienteling-paris-saint-honore.app dist/clienteling-paris-saint-honore-0.1.0.dmg
#
# build.py makes the .app (PyInstaller BUNDLE, see packaging/clienteling.spec) and prints this
# line at the end of a macOS build. Pillow lets PyInstaller turn the PNG logo into the icon.
#
# Optional, for a signed and notarised disk image (what Gatekeeper wants on advisors' Macs):
#   CODESIGN_IDENTITY="Developer ID Application: Maison (TEAMID)"   sign the app, hardened runtime
#   NOTARY_PROFILE=clienteling-notary   a `xcrun notarytool store-credentials` profile: notarise, staple
set -euo pipefail

app="${1:?usage: build_dmg.sh PATH/TO/NAME.app OUTPUT.dmg}"
dmg="${2:?usage: build_dmg.sh PATH/TO/NAME.app OUTPUT.dmg}"
app="${app%/}"
name="$(basename "$app" .app)"
exe="$app/Contents/MacOS/$name"

[ -x "$exe" ] || { echo "build_dmg: $exe is not there; build the app first (packaging/build.py)" >&2; exit 2; }
command -v hdiutil >/dev/null || { echo "build_dmg: hdiutil not found: this runs on macOS only" >&2; exit 2; }

echo "build_dmg: self-test of $name"
QT_QPA_PLATFORM=offscreen "$exe" --self-test

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  echo "build_dmg: signing with $CODESIGN_IDENTITY"
  codesign --deep --force --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$app"
  codesign --verify --deep --strict "$app"
fi

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "$name" -srcfolder "$staging" -ov -format UDZO -fs HFS+ "$dmg"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$dmg"
fi
if [ -n "${NOTARY_PROFILE:-}" ]; then
  echo "build_dmg: notarising (this waits for Apple)"
  xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
fi
echo "build_dmg: $dmg ($(du -h "$dmg" | cut -f1))"
