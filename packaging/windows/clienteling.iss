; Inno Setup script: one Windows installer per boutique, from the folder packaging/build.py made.
;
; On a Windows build machine (Python 3.11/3.12, Inno Setup 6 with iscc on PATH):
;
;   py -3.11 -m venv .venv && .venv\Scripts\pip install -e ".[package]" pillow
;   .venv\Scripts\python packaging\build.py --boutique paris-saint-honore
;   iscc /DAppName=clienteling-paris-saint-honore /DBoutique="Paris Saint-Honoré" /DVersion=0.1.0 ^
;        /DDistDir=%CD%\dist packaging\windows\clienteling.iss
;
; build.py prints that iscc line with the right values at the end of a Windows build, and has
; already run the app's --self-test (a windowed app has no console: the report is in
; %TEMP%\clienteling-self-test.txt). Pillow lets PyInstaller turn the boutique's PNG logo into
; the .exe icon. Result: dist\clienteling-paris-saint-honore-0.1.0-setup.exe
;
; Installs per user by default (advisors are rarely administrators), into
; %LOCALAPPDATA%\Programs\<AppName>; an administrator may choose all users. Uninstalling
; never deletes the book: it lives in %LOCALAPPDATA%\Clienteling\Clienteling\<boutique id>.
; Each boutique has its own AppId, so two boutiques' apps install side by side.

#ifndef AppName
  #error Pass /DAppName=clienteling-<boutique id> (see the top of this file)
#endif
#ifndef Boutique
  #define Boutique AppName
#endif
#ifndef Version
  #define Version "0.0.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist"
#endif
#ifndef OutputDir
  #define OutputDir DistDir
#endif

[Setup]
AppId=Clienteling-{#AppName}
AppName=Clienteling - {#Boutique}
AppVersion={#Version}
AppPublisher=Clienteling
AppVerName=Clienteling - {#Boutique} {#Version}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName=Clienteling
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#Version}-setup
UninstallDisplayIcon={app}\{#AppName}.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
#ifdef SetupIcon
SetupIconFile={#SetupIcon}
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Files]
Source: "{#DistDir}\{#AppName}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Clienteling - {#Boutique}"; Filename: "{app}\{#AppName}.exe"
Name: "{autodesktop}\Clienteling - {#Boutique}"; Filename: "{app}\{#AppName}.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\{#AppName}.exe"; Description: "{cm:LaunchProgram,Clienteling}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the app itself leaves beside the program; the book and its backups stay.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
