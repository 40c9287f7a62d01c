; Inno Setup 6 script (6.3 or later): the Windows installer of CSSW offline consent.
;
; Build it on Windows after the frozen app (docs/it-and-central.md: "Windows"):
;   pyinstaller --noconfirm --clean installer\cssw-desktop.spec
;       -> dist\cssw-desktop\ and build\installer-version.iss (the version, from pyproject.toml)
;   iscc installer\cssw-desktop.iss
;       -> dist\cssw-desktop-<version>-setup.exe
;
; A per-machine install into Program Files, for every worker on the laptop: a Start-menu
; entry (and, if ticked, a desktop icon) for the windowed executable, the command line
; (cssw-desktop.exe) beside it for IT, THIRD-PARTY-LICENCES.txt, and an uninstaller that
; keeps each worker's consent records unless the person uninstalling says to delete them.
; Nothing is downloaded: the installer holds everything it installs.

#define VersionFile AddBackslash(SourcePath) + "..\build\installer-version.iss"
#if !FileExists(VersionFile)
  #error build\installer-version.iss is missing: build the app with installer\cssw-desktop.spec first
#endif
#include VersionFile

#define AppName "CSSW offline consent"
#define Publisher "Camden Council CSSW"
#define GuiExe "CSSW Consent.exe"
#define Bundle "..\dist\cssw-desktop"
; Each worker's data folder under their profile: platformdirs.user_data_dir("cssw-desktop",
; "CSSW", roaming=False) in cssw_desktop/paths.py, i.e. %LOCALAPPDATA%\CSSW\cssw-desktop.
#define DataFolder "AppData\Local\CSSW\cssw-desktop"

[Setup]
; The AppId ties upgrades and the uninstaller to this app: never change it.
AppId={{4FD0E6C4-31A5-4B92-AC56-9C0E1DE5876B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#Publisher}
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoTextVersion={#AppVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoCompany={#Publisher}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} setup
VersionInfoCopyright=Copyright {#Publisher}
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#GuiExe}
OutputDir=..\dist
OutputBaseFilename=cssw-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running copy of the app (Restart Manager) before replacing its files.
CloseApplications=yes
RestartApplications=no
SetupLogging=yes
; The only per-user area touched is the workers' data folders, by the uninstaller's own
; question below, for every profile on the laptop (not only the administrator's).
UsedUserAreasWarning=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; Also at the top of the folder, where people look for it (the app reads the one in _internal).
Source: "{#Bundle}\_internal\THIRD-PARTY-LICENCES.txt"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Comment: "Record consent to information sharing on home visits"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
; As the person who started Setup, not the administrator account it was elevated to, so
; the app's data lands in the worker's own profile.
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent runasoriginaluser

[Code]
const
  ProfileList = 'SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList';

{ The data folder of every user profile on this laptop that has one. The uninstaller runs
  as an administrator, often not the worker, so the worker's own folder is found through
  the list of profiles rather than {localappdata}. }
function DataFolders(): TArrayOfString;
var
  Sids: TArrayOfString;
  I, Count: Integer;
  Profile, Folder: String;
begin
  Count := 0;
  SetArrayLength(Result, 0);
  if not RegGetSubkeyNames(HKLM, ProfileList, Sids) then
    Exit;
  for I := 0 to GetArrayLength(Sids) - 1 do
  begin
    if RegQueryStringValue(HKLM, ProfileList + '\' + Sids[I], 'ProfileImagePath', Profile) then
    begin
      StringChangeEx(Profile, '%SystemDrive%', ExpandConstant('{sd}'), True);
      Folder := AddBackslash(Profile) + '{#DataFolder}';
      if DirExists(Folder) then
      begin
        SetArrayLength(Result, Count + 1);
        Result[Count] := Folder;
        Count := Count + 1;
      end;
    end;
  end;
end;

{ After the app's files are removed: the consent records are kept unless the person
  uninstalling answers Yes (No is the default). A silent uninstall (IT's deployment tools,
  or an upgrade) always keeps them. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folders: TArrayOfString;
  I: Integer;
  List: String;
begin
  if (CurUninstallStep <> usPostUninstall) or UninstallSilent then
    Exit;
  Folders := DataFolders();
  if GetArrayLength(Folders) = 0 then
    Exit;
  List := '';
  for I := 0 to GetArrayLength(Folders) - 1 do
    List := List + #13#10 + '    ' + Folders[I];
  if MsgBox('{#AppName} has been removed. The consent records kept on this laptop are still here:' + List + #13#10#13#10 +
            'They may include records that have not been sent to the council yet. If you delete them, they cannot be recovered.' + #13#10#13#10 +
            'Do you want to delete these records too?', mbConfirmation, MB_YESNO or MB_DEFBUTTON2) <> IDYES then
    Exit;
  for I := 0 to GetArrayLength(Folders) - 1 do
  begin
    if DelTree(Folders[I], True, True, True) then
      RemoveDir(ExtractFileDir(Folders[I]))  { the CSSW folder, if nothing else is in it }
    else
      MsgBox('This folder could not be deleted completely:' + #13#10 + Folders[I], mbError, MB_OK);
  end;
end;
