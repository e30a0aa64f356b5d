; Inno Setup script: installs the PyInstaller one-folder build for the current user (no admin rights
; needed on a commune office PC) with Start-menu and desktop shortcuts in Vietnamese.
;   1. pyinstaller packaging\danvan.spec --noconfirm
;   2. iscc packaging\windows\danvan.iss
#define AppVersion "0.1.0"

[Setup]
AppId={{6D1C4E2A-9C57-4C8B-8D0E-DA7A0D4E2026}
AppName=Dân vận khéo
AppVersion={#AppVersion}
AppPublisher=danvan-desktop
DefaultDirName={localappdata}\Programs\danvan-desktop
DefaultGroupName=Dân vận khéo
PrivilegesRequired=lowest
OutputBaseFilename=danvan-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; The database lives in the user's data folder (platformdirs), never in the program folder, so an
; upgrade or uninstall does not touch it.

[Languages]
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"

[Files]
Source: "..\..\dist\danvan\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Dân vận khéo"; Filename: "{app}\danvan.exe"
Name: "{userdesktop}\Dân vận khéo"; Filename: "{app}\danvan.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Tạo biểu tượng trên màn hình"; GroupDescription: "Biểu tượng:"

[Run]
Filename: "{app}\danvan.exe"; Description: "Mở phần mềm"; Flags: nowait postinstall skipifsilent
