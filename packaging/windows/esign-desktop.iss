; Inno Setup 6.3+ script: installs the one-folder bundle that `make dist` builds on Windows (dist\esign-desktop\).
;   iscc /DAppVersion=0.1.0 packaging\windows\esign-desktop.iss
; Output: dist\installer\esign-desktop-<version>-setup.exe. Per-user install by default (no administrator
; needed); an administrator can choose "all users" on the first page. User data (settings, database, logs)
; lives in %LOCALAPPDATA%\esign-desktop and is left in place on uninstall; secrets are in Windows Credential
; Manager under "esign-desktop".

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "eSign Desktop"
#define AppExe "esign-desktop.exe"
#define BundleDir "..\..\dist\esign-desktop"

[Setup]
; A fixed AppId keeps upgrades in place: never change it.
AppId={{6E3C2B7A-4F1D-4B8E-9C55-2D8A1E0F7B31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=esign-desktop
DefaultDirName={autopf}\esign-desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=esign-desktop-{#AppVersion}-setup
SetupIconFile=..\icons\esign-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
MinVersion=10.0

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
; Swedish is one of Inno Setup's unofficial translations: copy Swedish.isl into its Languages folder, then
; uncomment this line.
; Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole bundle; an upgrade first removes the previous version's _internal so no stale module survives.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
