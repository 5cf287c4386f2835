<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AccountActions</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Zmień hasło…</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>Za&amp;blokuj ekran</translation>
    </message>
    <message>
        <source>&amp;User accounts…</source>
        <translation>Konta &amp;użytkowników…</translation>
    </message>
</context>
<context>
    <name>AssignProjectDialog</name>
    <message>
        <source>Assign to project</source>
        <translation>Przypisanie do projektu</translation>
    </message>
    <message numerus="yes">
        <source>Put the %n selected participant(s) into the project:</source>
        <translation>
            <numerusform>Przypisz %n zaznaczonego uczestnika do projektu:</numerusform>
            <numerusform>Przypisz %n zaznaczonych uczestników do projektu:</numerusform>
            <numerusform>Przypisz %n zaznaczonych uczestników do projektu:</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone already in the project is left as is; a current participation without a project gets it; anyone else gets a new participation in it, and earlier participations stay as they are.</source>
        <translation>Osoby już uczestniczące w projekcie pozostają bez zmian; bieżący udział bez projektu otrzymuje ten projekt; pozostałe osoby otrzymują nowy udział w projekcie, a wcześniejsze udziały pozostają bez zmian.</translation>
    </message>
    <message>
        <source>No project yet: add one in Tools → Projects and data retention.</source>
        <translation>Nie ma jeszcze projektu – dodaj go w Narzędzia → Projekty i okres przechowywania danych.</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>&amp;Back up to a folder (e.g. a USB stick)...</source>
        <translation>&amp;Utwórz kopię zapasową w folderze (np. na pendrivie)…</translation>
    </message>
    <message>
        <source>Encrypt the &amp;copy</source>
        <translation>&amp;Zaszyfruj kopię</translation>
    </message>
    <message>
        <source>Set the &amp;backup passphrase...</source>
        <translation>Ustaw hasło &amp;kopii zapasowych...</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup...</source>
        <translation>&amp;Przywróć zaznaczoną kopię zapasową…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file...</source>
        <translation>Przywróć z pl&amp;iku…</translation>
    </message>
    <message>
        <source>&amp;Encrypt the database...</source>
        <translation>&amp;Zaszyfruj bazę danych…</translation>
    </message>
    <message>
        <source>Automatic backups (on exit and daily):</source>
        <translation>Automatyczne kopie zapasowe (przy zamykaniu programu i codziennie):</translation>
    </message>
    <message>
        <source>The database is encrypted; backups are encrypted with the same passphrase.</source>
        <translation>Baza danych jest zaszyfrowana; kopie zapasowe są szyfrowane tym samym hasłem szyfrowania.</translation>
    </message>
    <message>
        <source>The database is not encrypted.</source>
        <translation>Baza danych nie jest zaszyfrowana.</translation>
    </message>
    <message>
        <source>Without &quot;Encrypt the copy&quot; the copy can be read by anyone who has it.</source>
        <translation>Bez opcji „Zaszyfruj kopię” kopię może odczytać każdy, kto ją ma.</translation>
    </message>
    <message>
        <source>Your copy will be encrypted with the database passphrase.</source>
        <translation>Twoja kopia zostanie zaszyfrowana hasłem bazy danych.</translation>
    </message>
    <message>
        <source>Your copy will be encrypted with the backup passphrase set by the coordinator.</source>
        <translation>Twoja kopia zostanie zaszyfrowana hasłem kopii zapasowych ustawionym przez koordynatora.</translation>
    </message>
    <message>
        <source>Your copy must be encrypted, but no backup passphrase is set: ask the coordinator to set a backup passphrase.</source>
        <translation>Twoja kopia musi być zaszyfrowana, ale nie ustawiono hasła kopii zapasowych: poproś koordynatora o ustawienie hasła kopii zapasowych.</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>zaszyfrowana</translation>
    </message>
    <message>
        <source>readable (not encrypted)</source>
        <translation>czytelna (niezaszyfrowana)</translation>
    </message>
    <message>
        <source>encrypted with another passphrase</source>
        <translation>zaszyfrowana innym hasłem</translation>
    </message>
    <message>
        <source>damaged or incomplete</source>
        <translation>uszkodzona lub niekompletna</translation>
    </message>
    <message>
        <source>Set the backup passphrase</source>
        <translation>Ustaw hasło kopii zapasowych</translation>
    </message>
    <message>
        <source>Manual backups by other users will be encrypted with this passphrase (at least %1 characters). The database itself does not change. Keep it safe: without it those copies cannot be restored.</source>
        <translation>Ręczne kopie zapasowe innych użytkowników będą szyfrowane tym hasłem (co najmniej %1 znaków). Sama baza danych się nie zmienia. Przechowuj je bezpiecznie: bez niego tych kopii nie da się przywrócić.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Hasło kopii zapasowych</translation>
    </message>
    <message>
        <source>The backup passphrase is set. Manual backups by other users are encrypted with it; keep it safe, without it those copies cannot be restored.</source>
        <translation>Hasło kopii zapasowych zostało ustawione. Ręczne kopie zapasowe innych użytkowników są nim szyfrowane; przechowuj je bezpiecznie – bez niego tych kopii nie da się przywrócić.</translation>
    </message>
    <message>
        <source>on exit</source>
        <translation>przy zamykaniu</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>codzienna</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>ręczna</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>przed przywróceniem</translation>
    </message>
    <message>
        <source>Choose a folder for the backup</source>
        <translation>Wybierz folder na kopię zapasową</translation>
    </message>
    <message>
        <source>Writing the backup...</source>
        <translation>Zapisywanie kopii zapasowej...</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Nie udało się utworzyć kopii zapasowej</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Kopia zapasowa</translation>
    </message>
    <message>
        <source>The backup was written and checked:
%1</source>
        <translation>Kopia zapasowa została zapisana i sprawdzona:
%1</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Wybierz kopię zapasową do przywrócenia</translation>
    </message>
    <message>
        <source>coopdesk backups (*.sqlite3);;All files (*)</source>
        <translation>Kopie zapasowe coopdesk (*.sqlite3);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Replace the current database by the backup %1? The backup is checked first, and the current database is kept as a safety copy.</source>
        <translation>Zastąpić bieżącą bazę danych kopią zapasową %1? Kopia zostanie najpierw sprawdzona, a bieżąca baza danych zostanie zachowana jako kopia bezpieczeństwa.</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted: enter its passphrase.</source>
        <translation>Kopia zapasowa %1 jest zaszyfrowana: podaj jej hasło.</translation>
    </message>
    <message>
        <source>Restoring the backup...</source>
        <translation>Przywracanie kopii zapasowej...</translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation>Nie można przywrócić kopii zapasowej</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Nie udało się przywrócić</translation>
    </message>
    <message>
        <source>The database was restored (%1 participants).</source>
        <translation>Baza danych została przywrócona (uczestników: %1).</translation>
    </message>
    <message>
        <source>Encrypting the database...</source>
        <translation>Szyfrowanie bazy danych...</translation>
    </message>
    <message>
        <source>Encryption failed</source>
        <translation>Nie udało się zaszyfrować</translation>
    </message>
    <message>
        <source>Unencrypted copies</source>
        <translation>Niezaszyfrowane kopie</translation>
    </message>
    <message>
        <source>The database is now encrypted. These older copies are NOT encrypted:
%1

Delete them now (overwritten with zeros)? Keep them only if you store them somewhere safe.</source>
        <translation>Baza danych jest teraz zaszyfrowana. Te starsze kopie NIE są zaszyfrowane:
%1

Usunąć je teraz (z nadpisaniem zerami)? Zachowaj je tylko wtedy, gdy przechowujesz je w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Szyfrowanie</translation>
    </message>
    <message>
        <source>The database is now encrypted.</source>
        <translation>Baza danych jest teraz zaszyfrowana.</translation>
    </message>
    <message>
        <source>Checking the backup...</source>
        <translation>Sprawdzanie kopii zapasowej…</translation>
    </message>
    <message>
        <source>Copying...</source>
        <translation>Kopiowanie…</translation>
    </message>
    <message>
        <source>Keeping a safety copy of the current database...</source>
        <translation>Zachowywanie kopii bezpieczeństwa bieżącej bazy danych…</translation>
    </message>
    <message>
        <source>Replacing the database...</source>
        <translation>Zastępowanie bazy danych…</translation>
    </message>
    <message>
        <source>Updating the schema...</source>
        <translation>Aktualizowanie schematu bazy danych…</translation>
    </message>
    <message>
        <source>Finishing...</source>
        <translation>Kończenie...</translation>
    </message>
</context>
<context>
    <name>CaseSharingDialog</name>
    <message>
        <source>Share the case of %1</source>
        <translation>Udostępnianie sprawy: %1</translation>
    </message>
    <message>
        <source>Share the case</source>
        <translation>Udostępnianie sprawy</translation>
    </message>
    <message>
        <source>Case advisor: %1</source>
        <translation>Doradca prowadzący: %1</translation>
    </message>
    <message>
        <source>No advisor is assigned to this person yet.</source>
        <translation>Ta osoba nie ma jeszcze przypisanego doradcy.</translation>
    </message>
    <message>
        <source>&amp;Shared with:</source>
        <translation>&amp;Udostępniono doradcom:</translation>
    </message>
    <message>
        <source>The case is not shared with anyone.</source>
        <translation>Sprawa nie jest nikomu udostępniona.</translation>
    </message>
    <message>
        <source>Stop sharing with the &amp;selected advisor</source>
        <translation>&amp;Przestań udostępniać wybranemu doradcy</translation>
    </message>
    <message>
        <source>Share &amp;with:</source>
        <translation>Udostępnij &amp;doradcy:</translation>
    </message>
    <message>
        <source>Sh&amp;are</source>
        <translation>Udostępni&amp;j</translation>
    </message>
    <message>
        <source>An advisor the case is shared with can see and edit the person&apos;s record, but cannot take the case over or share it further.</source>
        <translation>Doradca, któremu udostępniono sprawę, widzi dane osoby i może je zmieniać, ale nie może przejąć sprawy ani udostępnić jej dalej.</translation>
    </message>
</context>
<context>
    <name>CategoryTable</name>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Proof document</source>
        <translation>Dokument potwierdzający</translation>
    </message>
    <message>
        <source>Proof date</source>
        <translation>Data dokumentu</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Ważna od</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Ważna do</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Zweryfikował(a)</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Data weryfikacji</translation>
    </message>
    <message>
        <source>The day the category holds from (empty: no start known)</source>
        <translation>Dzień, od którego kategoria obowiązuje (puste: początek nieznany)</translation>
    </message>
    <message>
        <source>The last day the category holds (empty: still holds)</source>
        <translation>Ostatni dzień obowiązywania kategorii (puste: nadal obowiązuje)</translation>
    </message>
    <message>
        <source>Who checked the proof</source>
        <translation>Kto sprawdził dokument</translation>
    </message>
    <message>
        <source>When the proof was checked</source>
        <translation>Kiedy sprawdzono dokument</translation>
    </message>
    <message>
        <source>Proof: {hint}</source>
        <translation>Dokument potwierdzający: {hint}</translation>
    </message>
    <message>
        <source>Date of the proof document, dd.mm.yyyy</source>
        <translation>Data dokumentu potwierdzającego, dd.mm.rrrr</translation>
    </message>
</context>
<context>
    <name>CentreTab</name>
    <message>
        <source>e.g. Stowarzyszenie … – Ośrodek Wsparcia Ekonomii Społecznej</source>
        <translation>np. Stowarzyszenie … – Ośrodek Wsparcia Ekonomii Społecznej</translation>
    </message>
    <message>
        <source>Centre &amp;name:</source>
        <translation>&amp;Nazwa ośrodka:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Data protection &amp;officer:</source>
        <translation>Inspektor &amp;ochrony danych:</translation>
    </message>
    <message>
        <source>DPO &amp;e-mail:</source>
        <translation>&amp;E-mail IOD:</translation>
    </message>
    <message>
        <source>DPO &amp;phone:</source>
        <translation>&amp;Telefon IOD:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Printed in the header of every document (e.g. the Art. 15 report); the data controller is the project&apos;s, else the centre.</source>
        <translation>Drukowane w nagłówku każdego dokumentu (np. informacji z art. 15 RODO); administratorem danych jest administrator wskazany w projekcie, a gdy go brak – ośrodek.</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Ośrodek</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Zmiana hasła</translation>
    </message>
    <message>
        <source>Your password was set by the coordinator. Choose your own password to continue.</source>
        <translation>Twoje hasło zostało nadane przez koordynatora. Aby kontynuować, ustal własne hasło.</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>co najmniej %n znak</numerusform>
            <numerusform>co najmniej %n znaki</numerusform>
            <numerusform>co najmniej %n znaków</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Obecne hasło:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nowe hasło:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Powtórz nowe hasło:</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Nowe hasła nie są takie same. Wpisz je ponownie.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 is not a number of people: give a whole number between 1 and %2</source>
        <translation>%1 nie jest liczbą osób: podaj liczbę całkowitą od 1 do %2</translation>
    </message>
    <message>
        <source>Created %1 participants in %2 s in %3</source>
        <translation>Utworzono uczestników: %1 w %2 s w %3</translation>
    </message>
    <message>
        <source>Demo accounts (user name, password, role), for trying coopdesk only:</source>
        <translation>Konta demonstracyjne (nazwa użytkownika, hasło, rola) – tylko do wypróbowania programu coopdesk:</translation>
    </message>
    <message>
        <source>User name: </source>
        <translation>Nazwa użytkownika: </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Hasło: </translation>
    </message>
    <message>
        <source>Database is sound: %1 participants, schema %2</source>
        <translation>Baza danych jest sprawna: uczestników: %1, schemat %2</translation>
    </message>
    <message>
        <source>Database passphrase: </source>
        <translation>Hasło szyfrowania bazy danych: </translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 participants, verified)</source>
        <translation>Kopię zapasową zapisano w %1 (uczestników: %2, sprawdzona)</translation>
    </message>
    <message>
        <source>Database restored from %1 (%2 participants); the previous file was kept as %3</source>
        <translation>Bazę danych przywrócono z %1 (uczestników: %2); poprzedni plik zachowano jako %3</translation>
    </message>
    <message>
        <source>%1 is not a date: write it as 2025-03-31 or 31.03.2025</source>
        <translation>%1 nie jest datą: wpisz ją jako 2025-03-31 lub 31.03.2025</translation>
    </message>
    <message>
        <source>Exported %1 participations of %2 participants to %3 (anonymised records left out: %4)</source>
        <translation>Wyeksportowano udziałów w projektach: %1 (uczestników: %2) do %3 (pominięte dane zanonimizowane: %4)</translation>
    </message>
    <message>
        <source>Changes since the last file to this partner: %1 new, %2 changed, %3 removed</source>
        <translation>Zmiany od ostatniego pliku dla tego partnera: nowe: %1, zmienione: %2, usunięte: %3</translation>
    </message>
    <message>
        <source>Warning: %1 participations are not ready to report (missing entry or exit data); the file is written all the same:</source>
        <translation>Uwaga: udziałów w projektach niegotowych do sprawozdania (brak danych z wejścia lub zakończenia): %1; plik zostaje zapisany mimo to:</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... i jeszcze %1</translation>
    </message>
    <message>
        <source>No retention base date yet (nothing of them is due): %1</source>
        <translation>Brak daty bazowej przechowywania (nic z tych projektów nie podlega anonimizacji): %1</translation>
    </message>
    <message>
        <source>On legal hold (nobody of them is anonymised): %1</source>
        <translation>Blokada prawna (nikt z tych projektów nie jest anonimizowany): %1</translation>
    </message>
    <message>
        <source>%1 records are past their retention date; run with --apply to anonymise them</source>
        <translation>Rekordy po upływie okresu przechowywania: %1; uruchom z opcją --apply, aby je zanonimizować</translation>
    </message>
    <message>
        <source>Anonymised %1 records</source>
        <translation>Zanonimizowano rekordy: %1</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>wiersz %1, kolumna %2: %3</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>ostrzeżenie: %1</translation>
    </message>
    <message>
        <source>Rows checked: %1 (valid: %2, with errors: %3, duplicates: %4); nothing was written</source>
        <translation>Sprawdzone wiersze: %1 (poprawne: %2, z błędami: %3, duplikaty: %4); nic nie zapisano</translation>
    </message>
    <message>
        <source>Rows with errors: %1 - nothing was imported (correct them, or run with --valid-only)</source>
        <translation>Wiersze z błędami: %1 – nic nie zaimportowano (popraw je albo uruchom z --valid-only)</translation>
    </message>
    <message>
        <source>Imported from %1 - new people: %2, new participations: %3, people updated: %4, already as in the file: %5, rows skipped: %6, rows rejected: %7</source>
        <translation>Zaimportowano z %1 – nowe osoby: %2, nowe udziały w projektach: %3, zaktualizowane osoby: %4, już takie jak w pliku: %5, pominięte wiersze: %6, odrzucone wiersze: %7</translation>
    </message>
    <message>
        <source>The rejected rows, with their problems, are in %1</source>
        <translation>Odrzucone wiersze wraz z problemami są w pliku %1</translation>
    </message>
</context>
<context>
    <name>CommitPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>&amp;All or nothing: import only if no row has an error</source>
        <translation>Wszystko &amp;albo nic: importuj tylko wtedy, gdy żaden wiersz nie ma błędu</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only and write the rejected rows to a file</source>
        <translation>Importuj tylko &amp;poprawne wiersze, a odrzucone zapisz do pliku</translation>
    </message>
    <message>
        <source>&amp;Rejected rows to:</source>
        <translation>&amp;Odrzucone wiersze do:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Wy&amp;bierz…</translation>
    </message>
    <message>
        <source>Choose how to import, then press Import.</source>
        <translation>Wybierz sposób importu i naciśnij Importuj.</translation>
    </message>
    <message>
        <source>%1 of %2 rows are ready to import; %3 have errors.</source>
        <translation>Wiersze gotowe do importu: %1 z %2; wiersze z błędami: %3.</translation>
    </message>
    <message>
        <source>%1-rejected.xlsx</source>
        <translation>%1-odrzucone.xlsx</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Odrzucone wiersze</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty Excela (*.xlsx)</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Import anulowano; nic nie zostało zapisane.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.rrrr</translation>
    </message>
    <message>
        <source>Type the date as dd.mm.yyyy; Alt+Down opens a calendar; empty means no date.</source>
        <translation>Wpisz datę w formacie dd.mm.rrrr; Alt+Strzałka w dół otwiera kalendarz; puste pole oznacza brak daty.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
</context>
<context>
    <name>DictionariesDialog</name>
    <message>
        <source>Dictionaries</source>
        <translation>Słowniki</translation>
    </message>
    <message>
        <source>&amp;Dictionary:</source>
        <translation>&amp;Słownik:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Obowiązuje od</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Obowiązuje do</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>e.g. Zaświadczenie PUP</source>
        <translation>np. Zaświadczenie PUP</translation>
    </message>
    <message>
        <source>Special-category data (GDPR Art. 9/10: health, disability, criminal record)</source>
        <translation>Dane szczególnej kategorii (art. 9/10 RODO: zdrowie, niepełnosprawność, karalność)</translation>
    </message>
    <message>
        <source>Acti&amp;ve (offered for new participants)</source>
        <translation>A&amp;ktywny (proponowany nowym uczestnikom)</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;do:</translation>
    </message>
    <message>
        <source>The act and provision the entry follows, e.g. Dz.U. 2022 poz. 1812</source>
        <translation>Akt i przepis, na którym opiera się pozycja, np. Dz.U. 2022 poz. 1812</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Proof document:</source>
        <translation>&amp;Dokument potwierdzający:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Obowiązuje &amp;od:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>Podstawa &amp;prawna:</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nowa pozycja</translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation>&amp;Zapisz pozycję</translation>
    </message>
    <message>
        <source>De&amp;lete entry…</source>
        <translation>&amp;Usuń pozycję…</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nieaktywna</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>Jeszcze nieobowiązująca</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wygasła</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Proponowana</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n participant(s): deactivate the entry instead.</source>
        <translation>
            <numerusform>Używana przez %n uczestnika(-ów): zamiast usuwać, dezaktywuj pozycję.</numerusform>
            <numerusform>Używana przez %n uczestnika(-ów): zamiast usuwać, dezaktywuj pozycję.</numerusform>
            <numerusform>Używana przez %n uczestnika(-ów): zamiast usuwać, dezaktywuj pozycję.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the date as dd.mm.yyyy.</source>
        <translation>Wpisz datę jako dd.mm.rrrr.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Usuń pozycję</translation>
    </message>
    <message>
        <source>Delete the entry “%1”? Nobody uses it.</source>
        <translation>Usunąć pozycję „%1”? Nikt jej nie używa.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Duplicates</source>
        <translation>Duplikaty</translation>
    </message>
    <message>
        <source>These rows look like people already registered or rows repeated in the file.</source>
        <translation>Te wiersze wyglądają na osoby już zarejestrowane albo na wiersze powtórzone w pliku.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Zgodność</translation>
    </message>
    <message>
        <source>Registered as</source>
        <translation>Zarejestrowana jako</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co zrobić</translation>
    </message>
    <message>
        <source>&amp;Duplicate rows:</source>
        <translation>&amp;Powtarzające się wiersze:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <source>After the update</source>
        <translation>Po aktualizacji</translation>
    </message>
    <message>
        <source>&amp;Changes an update makes:</source>
        <translation>&amp;Zmiany, które wprowadzi aktualizacja:</translation>
    </message>
    <message>
        <source>Apply to all &amp;alike</source>
        <translation>Zastosuj do wszystkich p&amp;odobnych</translation>
    </message>
    <message>
        <source>Give every duplicate of the same kind the choice of the selected row.</source>
        <translation>Nadaj wszystkim duplikatom tego samego rodzaju wybór z zaznaczonego wiersza.</translation>
    </message>
    <message>
        <source>row %1 of the file</source>
        <translation>wiersz %1 pliku</translation>
    </message>
    <message>
        <source>someone outside your caseload</source>
        <translation>osoba spoza Twoich spraw</translation>
    </message>
    <message>
        <source>Double-click, F2 or Space: choose what to do with row %1</source>
        <translation>Dwuklik, F2 lub spacja: wybierz, co zrobić z wierszem %1</translation>
    </message>
    <message>
        <source>The same choice was given to %1 duplicates of this kind.</source>
        <translation>Ten sam wybór nadano duplikatom tego rodzaju: %1.</translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <source>Social cooperatives act, art. 4 ust. 1 (founding and joining a cooperative)</source>
        <translation>Ustawa o spółdzielniach socjalnych, art. 4 ust. 1 (założenie spółdzielni i przystąpienie do niej)</translation>
    </message>
    <message>
        <source>Social economy act, art. 2 pkt 6 (jobs in social enterprises)</source>
        <translation>Ustawa o ekonomii społecznej, art. 2 pkt 6 (miejsca pracy w przedsiębiorstwach społecznych)</translation>
    </message>
    <message>
        <source>not valid on that day</source>
        <translation>nieważna w tym dniu</translation>
    </message>
    <message>
        <source>not in this catalogue on that day</source>
        <translation>nie ma jej w tym katalogu w tym dniu</translation>
    </message>
    <message>
        <source>no proof document</source>
        <translation>brak dokumentu potwierdzającego</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>niezweryfikowana</translation>
    </message>
    <message>
        <source>Eligibility on a day</source>
        <translation>Spełnianie kryteriów w danym dniu</translation>
    </message>
    <message>
        <source>On &amp;day:</source>
        <translation>W &amp;dniu:</translation>
    </message>
    <message>
        <source>Enter the day to check.</source>
        <translation>Podaj dzień do sprawdzenia.</translation>
    </message>
    <message>
        <source>{act}: yes ({categories})</source>
        <translation>{act}: tak ({categories})</translation>
    </message>
    <message>
        <source>the act&apos;s wording is still to be checked</source>
        <translation>brzmienie przepisu do sprawdzenia</translation>
    </message>
    <message>
        <source>{act}: no</source>
        <translation>{act}: nie</translation>
    </message>
    <message>
        <source>Project: the current participation has no project.</source>
        <translation>Projekt: bieżący udział nie ma projektu.</translation>
    </message>
    <message>
        <source>Project {code}: it lists no categories of its own (Tools → Projects).</source>
        <translation>Projekt {code}: nie ma własnej listy kategorii (Narzędzia → Projekty).</translation>
    </message>
    <message>
        <source>Project {code}: yes ({categories})</source>
        <translation>Projekt {code}: tak ({categories})</translation>
    </message>
    <message>
        <source>Project {code}: no category it accepts holds on {day}</source>
        <translation>Projekt {code}: żadna z przyjmowanych kategorii nie obowiązuje w dniu {day}</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Unexpected error</source>
        <translation>Nieoczekiwany błąd</translation>
    </message>
    <message>
        <source>coopdesk met an unexpected error (%1). What you were doing may not have been finished: check it. coopdesk goes on.</source>
        <translation>W programie coopdesk wystąpił nieoczekiwany błąd (%1). Ostatnia czynność mogła nie zostać dokończona: sprawdź ją. coopdesk działa dalej.</translation>
    </message>
    <message>
        <source>The details were written to the log file:
%1
Please give this file to whoever looks after coopdesk.</source>
        <translation>Szczegóły zapisano w pliku dziennika:
%1
Przekaż ten plik osobie, która opiekuje się programem coopdesk.</translation>
    </message>
    <message>
        <source>no log file is open</source>
        <translation>żaden plik dziennika nie jest otwarty</translation>
    </message>
    <message>
        <source>The log file cannot be written in %1 (%2): the details went to the terminal only.</source>
        <translation>Nie można zapisać pliku dziennika w %1 (%2): szczegóły trafiły tylko do terminala.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The operation failed.</source>
        <translation>Nie udało się wykonać operacji.</translation>
    </message>
    <message>
        <source>Some fields are not valid.</source>
        <translation>Niektóre pola są wypełnione niepoprawnie.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Ten rekord już nie istnieje.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>Nie masz uprawnień do wykonania tej czynności.</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>Nie można otworzyć bazy danych.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of coopdesk (schema {revision}). Install the newer version; the file has not been changed.</source>
        <translation>Baza danych {path} została zapisana przez nowszą wersję programu coopdesk (schemat {revision}). Zainstaluj nowszą wersję; plik nie został zmieniony.</translation>
    </message>
    <message>
        <source>The database {path} is damaged or is not a coopdesk database ({detail}). The file has not been changed; restore it from a backup.</source>
        <translation>Baza danych {path} jest uszkodzona lub nie jest bazą programu coopdesk ({detail}). Plik nie został zmieniony; przywróć go z kopii zapasowej.</translation>
    </message>
    <message>
        <source>The database {path} is locked by another program. Close the other program and try again; the file has not been changed.</source>
        <translation>Baza danych {path} jest zablokowana przez inny program. Zamknij ten program i spróbuj ponownie; plik nie został zmieniony.</translation>
    </message>
    <message>
        <source>The database {path} is encrypted. Enter the passphrase to open it.</source>
        <translation>Baza danych {path} jest zaszyfrowana. Wpisz hasło szyfrowania, aby ją otworzyć.</translation>
    </message>
    <message>
        <source>The passphrase does not open the database {path}: it is wrong, or the file is damaged. The file has not been changed.</source>
        <translation>Hasło szyfrowania nie otwiera bazy danych {path}: hasło jest błędne albo plik jest uszkodzony. Plik nie został zmieniony.</translation>
    </message>
    <message>
        <source>The backup {path} cannot be used ({detail}). Nothing has been replaced.</source>
        <translation>Nie można użyć kopii zapasowej {path} ({detail}). Niczego nie zastąpiono.</translation>
    </message>
    <message>
        <source>coopdesk cannot write to {path}. Nothing has been changed.</source>
        <translation>coopdesk nie może zapisywać w {path}. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The disk is full: coopdesk cannot write to {path}. Nothing has been saved by this step and the data saved before are untouched. Free some space on the disk, then try again.</source>
        <translation>Dysk jest pełny: coopdesk nie może zapisywać w {path}. Ten krok niczego nie zapisał, a wcześniej zapisane dane są nienaruszone. Zwolnij miejsce na dysku i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>{path} is read-only (a write-protected disk or folder, or no permission to write): coopdesk cannot save there. Nothing has been changed. Make it writable or choose another place.</source>
        <translation>{path} jest tylko do odczytu (dysk lub folder chroniony przed zapisem albo brak uprawnień do zapisu): coopdesk nie może tam zapisywać. Nic nie zostało zmienione. Zezwól na zapis lub wybierz inne miejsce.</translation>
    </message>
    <message>
        <source>The data folder {path} is in use by another coopdesk (PID {pid} on {host}). Close the program or wait for the other command to end, then try again; nothing has been changed.</source>
        <translation>Folder danych {path} jest używany przez inny coopdesk (PID {pid} na {host}). Zamknij program lub poczekaj, aż drugie polecenie się zakończy, i spróbuj ponownie; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date: write it as 05.03.2024.</source>
        <translation>„{value}” to nie jest data: wpisz ją jak 05.03.2024.</translation>
    </message>
    <message>
        <source>{value} is not a date: there is no such day.</source>
        <translation>{value} to nie jest data: taki dzień nie istnieje.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot;: write the year with four digits (05.03.2024).</source>
        <translation>„{value}”: wpisz rok czterema cyframi (05.03.2024).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; has the month before the day (American order): read as {date}. Check it.</source>
        <translation>„{value}” ma miesiąc przed dniem (zapis amerykański): odczytano jako {date}. Sprawdź to.</translation>
    </message>
    <message>
        <source>The number {value} is not a date (as an Excel date number it falls outside 1900-2099).</source>
        <translation>Liczba {value} nie jest datą (jako numer daty Excela wypada poza lata 1900-2099).</translation>
    </message>
    <message>
        <source>{value} is a year, not a date: write the whole date (05.03.2024).</source>
        <translation>{value} to rok, a nie data: wpisz pełną datę (05.03.2024).</translation>
    </message>
    <message>
        <source>A date is expected here, not &quot;{value}&quot;.</source>
        <translation>Tu powinna być data, a nie „{value}”.</translation>
    </message>
    <message>
        <source>The PESEL was stored as a number and lost its leading zero: the zero has been put back. Format the PESEL column as text in the file.</source>
        <translation>PESEL zapisano jako liczbę i utracił zero na początku: zero zostało przywrócone. Ustaw w pliku format tekstowy kolumny PESEL.</translation>
    </message>
    <message>
        <source>The PESEL is shown in scientific notation (like 4,4E+10), so its last digits are lost. Format the PESEL column as text and enter the PESEL again.</source>
        <translation>PESEL jest zapisany w notacji naukowej (np. 4,4E+10), więc jego ostatnie cyfry przepadły. Ustaw format tekstowy kolumny PESEL i wpisz PESEL ponownie.</translation>
    </message>
    <message>
        <source>PESEL must have exactly 11 digits.</source>
        <translation>PESEL musi mieć dokładnie 11 cyfr.</translation>
    </message>
    <message>
        <source>The postal code was stored as a number and lost its leading zero: read as {value}.</source>
        <translation>Kod pocztowy zapisano jako liczbę i utracił zero na początku: odczytano jako {value}.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a whole number.</source>
        <translation>„{value}” to nie jest liczba całkowita.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a number: write a part of a full-time job as 0,5.</source>
        <translation>„{value}” to nie liczba: część etatu wpisz jak 0,5.</translation>
    </message>
    <message>
        <source>The TERYT code was stored as a number and lost its leading zero: read as {value}.</source>
        <translation>Kod TERYT zapisano jako liczbę i utracił zero na początku: odczytano jako {value}.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a technical identifier written by coopdesk (leave the cell as it was exported, or empty for a new person).</source>
        <translation>„{value}” to nie jest identyfikator techniczny nadany przez coopdesk (zostaw komórkę taką, jak ją wyeksportowano, albo pustą dla nowej osoby).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of the accepted values.</source>
        <translation>„{value}” nie jest żadną z dopuszczalnych wartości.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of the accepted values. Did you mean &quot;{suggestion}&quot;?</source>
        <translation>„{value}” nie jest żadną z dopuszczalnych wartości. Czy chodziło o „{suggestion}”?</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; does not say exactly which value it means: read as &quot;{chosen}&quot;. Check it.</source>
        <translation>„{value}” nie wskazuje jednoznacznie wartości: odczytano jako „{chosen}”. Sprawdź to.</translation>
    </message>
    <message>
        <source>PESEL contains an impossible birth date.</source>
        <translation>PESEL zawiera niemożliwą datę urodzenia. Sprawdź, czy nie ma literówki.</translation>
    </message>
    <message>
        <source>PESEL check digit is wrong - check for a typing error.</source>
        <translation>Cyfra kontrolna numeru PESEL się nie zgadza – sprawdź, czy nie ma literówki.</translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <translation>Najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <source>This field must be a single line.</source>
        <translation>To pole musi się zmieścić w jednym wierszu.</translation>
    </message>
    <message>
        <source>This field contains control or invisible characters.</source>
        <translation>To pole zawiera znaki sterujące lub niewidoczne.</translation>
    </message>
    <message>
        <source>A name cannot contain emoji, symbols or markup such as &lt;b&gt;.</source>
        <translation>Imię i nazwisko nie mogą zawierać emoji, symboli ani znaczników takich jak &lt;b&gt;.</translation>
    </message>
    <message>
        <source>A name must contain letters.</source>
        <translation>To pole musi zawierać litery.</translation>
    </message>
    <message>
        <source>A name may contain only letters, spaces, hyphens and apostrophes.</source>
        <translation>Imię i nazwisko mogą zawierać tylko litery, spacje, łączniki i apostrofy.</translation>
    </message>
    <message>
        <source>Birth date is in the future.</source>
        <translation>Data urodzenia przypada w przyszłości.</translation>
    </message>
    <message>
        <source>Birth date is before 1900.</source>
        <translation>Data urodzenia jest wcześniejsza niż 1900 r.</translation>
    </message>
    <message>
        <source>Support starts before the recruitment date.</source>
        <translation>Wsparcie zaczyna się przed datą rekrutacji.</translation>
    </message>
    <message>
        <source>The date is before 2000.</source>
        <translation>Data jest wcześniejsza niż 2000 r.</translation>
    </message>
    <message>
        <source>Recruitment date is in the future.</source>
        <translation>Data rekrutacji przypada w przyszłości.</translation>
    </message>
    <message>
        <source>A stage cannot start in the future.</source>
        <translation>Etap nie może rozpocząć się w przyszłości.</translation>
    </message>
    <message>
        <source>Recruitment date is before birth.</source>
        <translation>Data rekrutacji jest wcześniejsza niż data urodzenia.</translation>
    </message>
    <message>
        <source>Birth date does not match PESEL ({expected}).</source>
        <translation>Data urodzenia nie zgadza się z numerem PESEL ({expected}).</translation>
    </message>
    <message>
        <source>Sex does not match PESEL.</source>
        <translation>Płeć nie zgadza się z numerem PESEL.</translation>
    </message>
    <message>
        <source>Without PESEL, the birth date is required.</source>
        <translation>Bez numeru PESEL data urodzenia jest wymagana.</translation>
    </message>
    <message>
        <source>Without PESEL, sex is required.</source>
        <translation>Bez numeru PESEL płeć jest wymagana.</translation>
    </message>
    <message>
        <source>A Polish citizen normally has a PESEL - enter it if the person has one.</source>
        <translation>Obywatel polski zwykle ma numer PESEL – wpisz go, jeśli osoba go ma.</translation>
    </message>
    <message>
        <source>The person is {age} years old: the programme is for adults (18 and over).</source>
        <translation>Wiek osoby: {age}. Program jest przeznaczony dla dorosłych (od 18 lat).</translation>
    </message>
    <message>
        <source>Enter the institution the person represents.</source>
        <translation>Podaj instytucję, którą osoba reprezentuje.</translation>
    </message>
    <message>
        <source>This is not a valid NIP.</source>
        <translation>To nie jest prawidłowy NIP.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Data jest z przyszłości.</translation>
    </message>
    <message>
        <source>Each form of support needs its start date.</source>
        <translation>Każda forma wsparcia musi mieć datę rozpoczęcia.</translation>
    </message>
    <message>
        <source>A form of support ends before it starts.</source>
        <translation>Forma wsparcia kończy się przed rozpoczęciem.</translation>
    </message>
    <message>
        <source>The exit date is before the start date (the first support).</source>
        <translation>Data zakończenia udziału jest wcześniejsza niż data rozpoczęcia (pierwsze wsparcie).</translation>
    </message>
    <message>
        <source>Enter the situation at exit: monitoring needs it.</source>
        <translation>Podaj sytuację osoby w chwili zakończenia udziału – wymaga jej monitoring.</translation>
    </message>
    <message>
        <source>Say whether the person completed the path as planned: monitoring needs it.</source>
        <translation>Zaznacz, czy osoba zakończyła udział zgodnie ze ścieżką – wymaga tego monitoring.</translation>
    </message>
    <message>
        <source>Enter the exit date, or clear the exit data.</source>
        <translation>Podaj datę zakończenia udziału albo wyczyść dane o zakończeniu.</translation>
    </message>
    <message>
        <source>Working time is a part of a full-time job, more than 0 and at most 1.</source>
        <translation>Wymiar etatu to część pełnego etatu: więcej niż 0 i najwyżej 1.</translation>
    </message>
    <message>
        <source>Enter the duration in months (0 to 600).</source>
        <translation>Podaj okres w miesiącach (od 0 do 600).</translation>
    </message>
    <message>
        <source>Employment after exit is recorded once the person has left (enter the exit date).</source>
        <translation>Zatrudnienie po zakończeniu udziału wpisuje się, gdy osoba zakończyła udział (podaj datę zakończenia).</translation>
    </message>
    <message>
        <source>Name the document that proves the employment.</source>
        <translation>Podaj dokument potwierdzający zatrudnienie.</translation>
    </message>
    <message>
        <source>Enter the education level: ESF reporting needs it.</source>
        <translation>Wybierz poziom wykształcenia: jest potrzebny do sprawozdawczości EFS.</translation>
    </message>
    <message>
        <source>Enter the labour-market status: ESF reporting needs it.</source>
        <translation>Wybierz status na rynku pracy: jest potrzebny do sprawozdawczości EFS.</translation>
    </message>
    <message>
        <source>The person already takes part in this project: a return to the same project continues that participation.</source>
        <translation>Osoba już uczestniczy w tym projekcie: powrót do tego samego projektu to kontynuacja tego udziału.</translation>
    </message>
    <message>
        <source>Postal code must look like 00-000.</source>
        <translation>Wpisz kod pocztowy w formacie 00-000.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>To nie jest poprawny adres e-mail.</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>To nie jest poprawny numer telefonu.</translation>
    </message>
    <message>
        <source>Long-term unemployment requires the status &apos;unemployed&apos;.</source>
        <translation>Długotrwałe bezrobocie wymaga statusu „osoba bezrobotna”.</translation>
    </message>
    <message>
        <source>This detail applies only to economically inactive persons.</source>
        <translation>To doprecyzowanie dotyczy tylko osób biernych zawodowo.</translation>
    </message>
    <message>
        <source>A category is listed twice.</source>
        <translation>Kategoria występuje dwukrotnie. Usuń powtórzenie.</translation>
    </message>
    <message>
        <source>A proof document is dated in the future.</source>
        <translation>Data dokumentu potwierdzającego przypada w przyszłości.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>To pole jest wymagane.</translation>
    </message>
    <message>
        <source>The person is {age} years old: someone under 15 can be registered only when you confirm it.</source>
        <translation>Wiek osoby: {age}. Osobę poniżej 15 lat można zarejestrować tylko po potwierdzeniu.</translation>
    </message>
    <message>
        <source>Enter a PESEL or tick &apos;No PESEL&apos;.</source>
        <translation>Wpisz PESEL albo zaznacz „Brak PESEL”.</translation>
    </message>
    <message>
        <source>A name cannot contain digits.</source>
        <translation>Imię i nazwisko nie mogą zawierać cyfr.</translation>
    </message>
    <message>
        <source>A person with the same data is already registered.</source>
        <translation>Osoba o takich samych danych jest już zarejestrowana.</translation>
    </message>
    <message>
        <source>Only a coordinator can assign a person to another advisor.</source>
        <translation>Tylko koordynator może przypisać osobę innemu doradcy.</translation>
    </message>
    <message>
        <source>Only the coordinator or the person&apos;s current advisor can hand the case to another advisor.</source>
        <translation>Tylko koordynator lub obecny doradca tej osoby może przekazać sprawę innemu doradcy.</translation>
    </message>
    <message>
        <source>A case can be handed over only to an active advisor.</source>
        <translation>Sprawę można przekazać tylko aktywnemu doradcy.</translation>
    </message>
    <message>
        <source>This advisor does not exist.</source>
        <translation>Wybrany doradca nie istnieje.</translation>
    </message>
    <message>
        <source>This import cannot be undone: some of its records were changed after it. Undo those changes first, or correct the records by hand.</source>
        <translation>Tego importu nie można cofnąć: część jego rekordów zmieniono po nim. Najpierw cofnij te zmiany albo popraw rekordy ręcznie.</translation>
    </message>
    <message>
        <source>This import has already been undone.</source>
        <translation>Ten import został już cofnięty.</translation>
    </message>
    <message>
        <source>The people can be imported only into an active advisor&apos;s caseload.</source>
        <translation>Osoby można zaimportować tylko pod opiekę aktywnego doradcy.</translation>
    </message>
    <message>
        <source>No gmina has this TERYT code.</source>
        <translation>Żadna gmina nie ma tego kodu TERYT.</translation>
    </message>
    <message>
        <source>This project does not exist.</source>
        <translation>Ten projekt nie istnieje.</translation>
    </message>
    <message>
        <source>This participation no longer exists; open the record again.</source>
        <translation>Ten udział w projekcie już nie istnieje – otwórz kartotekę ponownie.</translation>
    </message>
    <message>
        <source>Unknown school type.</source>
        <translation>Nieznany rodzaj szkoły.</translation>
    </message>
    <message>
        <source>Unknown at-risk category.</source>
        <translation>Nieznana kategoria osoby zagrożonej wykluczeniem.</translation>
    </message>
    <message>
        <source>The user name or the password is not correct.</source>
        <translation>Nazwa użytkownika lub hasło są niepoprawne.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins with this user name. Try again after {until}, or ask the coordinator to unlock it.</source>
        <translation>Zbyt wiele nieudanych logowań na tę nazwę użytkownika. Spróbuj ponownie po {until} albo poproś koordynatora o odblokowanie.</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Start coopdesk to create the coordinator&apos;s account.</source>
        <translation>W tej bazie danych nie ma jeszcze kont. Uruchom program coopdesk, aby utworzyć konto koordynatora.</translation>
    </message>
    <message>
        <source>Sign in first: run the command in a terminal, or set COOPDESK_USER and COOPDESK_PASSWORD.</source>
        <translation>Najpierw się zaloguj: uruchom polecenie w terminalu albo ustaw zmienne COOPDESK_USER i COOPDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>The password must have at least {min} characters.</source>
        <translation>Hasło musi mieć co najmniej {min} znaków.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>Hasło nie może być takie samo jak nazwa użytkownika.</translation>
    </message>
    <message>
        <source>The first coordinator account already exists.</source>
        <translation>Konto pierwszego koordynatora już istnieje.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>Nowe hasło musi się różnić od dotychczasowego.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Obecne hasło jest niepoprawne.</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>Ta nazwa użytkownika jest już zajęta. Wybierz inną.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Nie możesz dezaktywować własnego konta.</translation>
    </message>
    <message>
        <source>Enter a number of minutes from 0 to 240.</source>
        <translation>Wpisz liczbę minut od 0 do 240.</translation>
    </message>
    <message>
        <source>Cases can be shared only with active advisors.</source>
        <translation>Sprawy można udostępniać tylko aktywnym doradcom.</translation>
    </message>
    <message>
        <source>Enter a user name without spaces (up to 64 characters).</source>
        <translation>Wpisz nazwę użytkownika bez spacji (do 64 znaków).</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Wpisz imię i nazwisko osoby.</translation>
    </message>
    <message>
        <source>At least one active coordinator must remain.</source>
        <translation>Musi pozostać co najmniej jeden aktywny koordynator.</translation>
    </message>
    <message>
        <source>Encrypting the database failed ({detail}). The database has not been changed.</source>
        <translation>Nie udało się zaszyfrować bazy danych ({detail}). Baza danych nie została zmieniona.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {n} characters.</source>
        <translation>Hasło szyfrowania musi mieć co najmniej {n} znaków.</translation>
    </message>
    <message>
        <source>This entry cannot be restored: only changed fields of a record can be put back.</source>
        <translation>Tego wpisu nie można przywrócić: przywracać można tylko zmienione pola rekordu.</translation>
    </message>
    <message>
        <source>Enter the date the consent was given.</source>
        <translation>Podaj datę wyrażenia zgody.</translation>
    </message>
    <message>
        <source>The consent expires before it was given.</source>
        <translation>Data wygaśnięcia zgody jest wcześniejsza niż data jej udzielenia.</translation>
    </message>
    <message>
        <source>The consent was withdrawn before it was given.</source>
        <translation>Data wycofania zgody jest wcześniejsza niż data jej udzielenia.</translation>
    </message>
    <message>
        <source>A consent that was not given cannot be withdrawn.</source>
        <translation>Nie można wycofać zgody, która nie została udzielona.</translation>
    </message>
    <message>
        <source>Enter the project code.</source>
        <translation>Wpisz kod projektu.</translation>
    </message>
    <message>
        <source>Enter the project name.</source>
        <translation>Wpisz nazwę projektu.</translation>
    </message>
    <message>
        <source>The project ends before it starts.</source>
        <translation>Data zakończenia projektu jest wcześniejsza niż data rozpoczęcia.</translation>
    </message>
    <message>
        <source>The retention period must be 0 to 50 years.</source>
        <translation>Wpisz okres przechowywania od 0 do 50 lat.</translation>
    </message>
    <message>
        <source>Enter the reason for the legal hold.</source>
        <translation>Podaj powód blokady prawnej.</translation>
    </message>
    <message>
        <source>The retention base date is before the project starts.</source>
        <translation>Data, od której liczy się okres przechowywania, jest wcześniejsza niż początek projektu.</translation>
    </message>
    <message>
        <source>Enter the project number as in the grant agreement, e.g. FEMP.06.12-IP.01-0001/23.</source>
        <translation>Wpisz numer projektu jak w umowie o dofinansowanie, np. FEMP.06.12-IP.01-0001/23.</translation>
    </message>
    <message>
        <source>The old value is no longer a valid choice.</source>
        <translation>Poprzednia wartość nie jest już dostępna do wyboru.</translation>
    </message>
    <message>
        <source>This record has been anonymised; its personal data can no longer be changed.</source>
        <translation>Ten rekord został zanonimizowany; jego danych osobowych nie można już zmieniać.</translation>
    </message>
    <message>
        <source>The consent belongs to another person.</source>
        <translation>Ta zgoda należy do innej osoby.</translation>
    </message>
    <message>
        <source>An at-risk category no longer exists; open the project again.</source>
        <translation>Kategoria zagrożenia już nie istnieje; otwórz projekt ponownie.</translation>
    </message>
    <message>
        <source>Another project has this code.</source>
        <translation>Inny projekt ma już ten kod. Wpisz inny kod.</translation>
    </message>
    <message>
        <source>The database reported an error ({kind}); the command stopped and its changes were undone.</source>
        <translation>Baza danych zgłosiła błąd ({kind}); polecenie zostało przerwane, a jego zmiany wycofane.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Okres kończy się ({end}) przed swoim początkiem ({start}).</translation>
    </message>
    <message>
        <source>No project has the code {code}.</source>
        <translation>Żaden projekt nie ma kodu {code}.</translation>
    </message>
    <message>
        <source>Your backup copy must be encrypted, but no backup passphrase is set: ask the coordinator to set a backup passphrase (Tools &gt; Backups). Nothing was written.</source>
        <translation>Twoja kopia zapasowa musi być zaszyfrowana, ale nie ustawiono hasła kopii zapasowych: poproś koordynatora o ustawienie hasła kopii zapasowych (Narzędzia &gt; Kopie zapasowe). Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Enter the centre&apos;s name (it is printed as the data controller).</source>
        <translation>Wpisz nazwę ośrodka (jest drukowana jako administrator danych).</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Tekst jest za długi.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, e.g. iod@example.pl.</source>
        <translation>Wpisz poprawny adres e-mail, np. iod@example.pl.</translation>
    </message>
    <message>
        <source>Enter a phone number of at least 7 digits.</source>
        <translation>Wpisz numer telefonu o co najmniej 7 cyfrach.</translation>
    </message>
    <message>
        <source>The image file is empty.</source>
        <translation>Plik obrazu jest pusty.</translation>
    </message>
    <message>
        <source>The image is larger than 2 MB; save it smaller (e.g. 300 dpi, PNG or JPEG).</source>
        <translation>Obraz ma więcej niż 2 MB; zapisz go mniejszy (np. 300 dpi, PNG lub JPEG).</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG image.</source>
        <translation>Wybierz obraz PNG lub JPEG.</translation>
    </message>
    <message>
        <source>The image file is damaged or cannot be read.</source>
        <translation>Plik obrazu jest uszkodzony lub nie można go odczytać.</translation>
    </message>
    <message>
        <source>The image must be 16 to 8000 pixels wide and high.</source>
        <translation>Obraz musi mieć od 16 do 8000 pikseli szerokości i wysokości.</translation>
    </message>
    <message>
        <source>Enter a code of up to 20 capital letters, digits or underscores, e.g. BEZR.</source>
        <translation>Wpisz kod z maks. 20 wielkich liter, cyfr lub podkreśleń, np. BEZR.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Wpisz nazwę.</translation>
    </message>
    <message>
        <source>The entry ends before it starts.</source>
        <translation>Pozycja przestaje obowiązywać, zanim zacznie.</translation>
    </message>
    <message>
        <source>The data folder {path} already holds data: demo data go only into a new, empty folder (the demo accounts have published passwords). Nothing has been changed. Choose another folder with --data-dir, e.g. --data-dir {suggestion}</source>
        <translation>Folder danych {path} zawiera już dane: dane demonstracyjne trafiają tylko do nowego, pustego folderu (hasła kont demonstracyjnych są jawne). Niczego nie zmieniono. Wybierz inny folder opcją --data-dir, np. --data-dir {suggestion}</translation>
    </message>
    <message>
        <source>Another entry of this dictionary has this code or name.</source>
        <translation>Inna pozycja tego słownika ma ten kod lub nazwę.</translation>
    </message>
    <message>
        <source>This entry is used by {count} participant(s): deactivate it instead of deleting it.</source>
        <translation>Tej pozycji używa {count} uczestnik(ów): zamiast ją usuwać, dezaktywuj ją.</translation>
    </message>
    <message>
        <source>The entry is in use, so its code stays: deactivate it and add a new entry.</source>
        <translation>Pozycja jest używana, więc jej kod zostaje: dezaktywuj ją i dodaj nową pozycję.</translation>
    </message>
    <message>
        <source>The entry is in use, so its name stays: deactivate it and add a new entry.</source>
        <translation>Pozycja jest używana, więc jej nazwa zostaje: dezaktywuj ją i dodaj nową pozycję.</translation>
    </message>
    <message>
        <source>The category {category} is for people registered as unemployed at a labour office: the status should be &apos;Unemployed, registered at a labour office&apos;.</source>
        <translation>Kategoria {category} dotyczy osób zarejestrowanych jako bezrobotne w urzędzie pracy: status powinien brzmieć „Osoba bezrobotna zarejestrowana w urzędzie pracy”.</translation>
    </message>
    <message>
        <source>The category {category} is for job seekers without employment: the status &apos;Employed&apos; does not fit it.</source>
        <translation>Kategoria {category} dotyczy osób poszukujących pracy bez zatrudnienia: status „Osoba pracująca” do niej nie pasuje.</translation>
    </message>
    <message>
        <source>Enter the date of registration at the labour office: the category {category} needs it.</source>
        <translation>Wpisz datę rejestracji w urzędzie pracy: wymaga jej kategoria {category}.</translation>
    </message>
    <message>
        <source>Enter the date of registration at the labour office: long-term unemployment is counted from it.</source>
        <translation>Wpisz datę rejestracji w urzędzie pracy: od niej liczy się długotrwałe bezrobocie.</translation>
    </message>
    <message>
        <source>The registration date is after the day of entry.</source>
        <translation>Data rejestracji jest późniejsza niż dzień przystąpienia do projektu.</translation>
    </message>
    <message>
        <source>Unemployed for {months} months at the age of {age}: long-term unemployment means more than {threshold} months at this age, so &apos;Long-term unemployed&apos; does not fit.</source>
        <translation>Bezrobocie trwa {months} mies. (wiek: {age}): w tym wieku osoba długotrwale bezrobotna to bezrobotna ponad {threshold} mies., więc „Osoba długotrwale bezrobotna” nie pasuje.</translation>
    </message>
    <message>
        <source>Unemployed for {months} months at the age of {age}: this is long-term unemployment (more than {threshold} months at this age). Choose &apos;Long-term unemployed&apos;.</source>
        <translation>Bezrobocie trwa {months} mies. (wiek: {age}): to długotrwałe bezrobocie (w tym wieku ponad {threshold} mies.). Wybierz „Osoba długotrwale bezrobotna”.</translation>
    </message>
    <message>
        <source>A TERYT gmina code has exactly 7 digits.</source>
        <translation>Kod TERYT gminy ma dokładnie 7 cyfr.</translation>
    </message>
    <message>
        <source>A TERYT code starts with a voivodeship: an even number from 02 to 32.</source>
        <translation>Kod TERYT zaczyna się od województwa: liczby parzystej od 02 do 32.</translation>
    </message>
    <message>
        <source>Digits 3-6 of a TERYT gmina code name a powiat and a gmina (not 00).</source>
        <translation>Cyfry 3-6 kodu TERYT gminy oznaczają powiat i gminę (nie 00).</translation>
    </message>
    <message>
        <source>The last digit of a TERYT gmina code is its type: 1 urban, 2 rural or 3 urban-rural.</source>
        <translation>Ostatnia cyfra kodu TERYT gminy to jej rodzaj: 1 miejska, 2 wiejska lub 3 miejsko-wiejska.</translation>
    </message>
    <message>
        <source>The file cannot be read as a spreadsheet.</source>
        <translation>Nie można odczytać pliku jako arkusza.</translation>
    </message>
    <message>
        <source>This file is not a spreadsheet (xlsx, ods, xls or csv), whatever its name says.</source>
        <translation>Ten plik nie jest arkuszem (xlsx, ods, xls ani csv), niezależnie od tego, co mówi jego nazwa.</translation>
    </message>
    <message>
        <source>The workbook is protected by a password: open it in Excel, remove the password and save it again.</source>
        <translation>Skoroszyt jest chroniony hasłem: otwórz go w Excelu, usuń hasło i zapisz ponownie.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete: save it again from the program it came from.</source>
        <translation>Plik jest uszkodzony lub niekompletny: zapisz go ponownie w programie, z którego pochodzi.</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>Arkusz jest pusty.</translation>
    </message>
    <message>
        <source>The sheet has a header but no rows.</source>
        <translation>Arkusz ma nagłówek, ale nie ma pod nim żadnych wierszy.</translation>
    </message>
    <message>
        <source>This kind of spreadsheet cannot be read: save it as xlsx or csv.</source>
        <translation>Tego rodzaju arkusza nie da się odczytać: zapisz go jako xlsx lub csv.</translation>
    </message>
    <message>
        <source>The file is open in another program or cannot be read: close it and try again.</source>
        <translation>Plik jest otwarty w innym programie albo nie da się go odczytać: zamknij go i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The sheet has more than 100,000 rows: split it into smaller files.</source>
        <translation>Arkusz ma więcej niż 100 000 wierszy: podziel go na mniejsze pliki.</translation>
    </message>
    <message>
        <source>The file has no sheet of that name.</source>
        <translation>W pliku nie ma arkusza o tej nazwie.</translation>
    </message>
    <message>
        <source>A person with a similar name and the same birth date is already registered: check the row, or run again with --create-similar to register a new person.</source>
        <translation>Osoba o podobnym imieniu i nazwisku oraz tej samej dacie urodzenia jest już zarejestrowana: sprawdź wiersz albo uruchom ponownie z --create-similar, aby zarejestrować nową osobę.</translation>
    </message>
    <message>
        <source>This person is already registered in another advisor&apos;s caseload: the row cannot be imported by you.</source>
        <translation>Ta osoba jest już zarejestrowana pod opieką innego doradcy: nie możesz zaimportować tego wiersza.</translation>
    </message>
    <message>
        <source>The row repeats row {other} of the file (the same person).</source>
        <translation>Wiersz powtarza wiersz {other} pliku (ta sama osoba).</translation>
    </message>
    <message>
        <source>--rejects needs --valid-only (all or nothing rejects no row).</source>
        <translation>--rejects wymaga --valid-only (tryb „wszystko albo nic” nie odrzuca wierszy).</translation>
    </message>
    <message>
        <source>The PESEL is missing: enter it, or write &quot;Tak&quot; in the column &quot;Brak PESEL&quot; (then the birth date and sex are required).</source>
        <translation>Brak numeru PESEL: wpisz go albo wpisz „Tak” w kolumnie „Brak PESEL” (wtedy wymagane są data urodzenia i płeć).</translation>
    </message>
    <message>
        <source>&quot;Brak PESEL&quot; says Tak, but a PESEL is given: the PESEL is kept.</source>
        <translation>W kolumnie „Brak PESEL” jest „Tak”, ale podano PESEL: PESEL zostaje zachowany.</translation>
    </message>
    <message>
        <source>Excel turned this number into a date ({value}): enter it again in a column formatted as text.</source>
        <translation>Excel zamienił tę liczbę na datę ({value}): wpisz ją ponownie w kolumnie sformatowanej jako tekst.</translation>
    </message>
    <message>
        <source>Answer &quot;Tak&quot; or &quot;Nie&quot;.</source>
        <translation>Odpowiedz „Tak” albo „Nie”.</translation>
    </message>
    <message>
        <source>The age at entry ({given}) does not agree with the birth date: the person was {computed} on the start date. The age is not imported (coopdesk computes it).</source>
        <translation>Wiek w chwili przystąpienia ({given}) nie zgadza się z datą urodzenia: w dniu rozpoczęcia wiek osoby wynosił {computed}. Wiek nie jest importowany (coopdesk go wylicza).</translation>
    </message>
    <message>
        <source>coopdesk records addresses in Poland only: the country &quot;{value}&quot; is not imported.</source>
        <translation>coopdesk zapisuje tylko adresy w Polsce: kraj „{value}” nie jest importowany.</translation>
    </message>
    <message>
        <source>No form of support is given for this date: it is imported as the start of the participation.</source>
        <translation>Dla tej daty nie podano formy wsparcia: zostaje zaimportowana jako data rozpoczęcia udziału.</translation>
    </message>
    <message>
        <source>This answer does not agree with the citizenship given: the citizenship is kept.</source>
        <translation>Ta odpowiedź nie zgadza się z podanym obywatelstwem: obywatelstwo zostaje zachowane.</translation>
    </message>
    <message>
        <source>No citizenship is given: read as a citizen of a non-EU country. Check it.</source>
        <translation>Nie podano obywatelstwa: odczytano jako obywatelstwo kraju spoza UE. Sprawdź to.</translation>
    </message>
    <message>
        <source>The business start date differs from the employment start ({date}): the employment start is kept.</source>
        <translation>Data założenia działalności gospodarczej różni się od daty podjęcia zatrudnienia ({date}): data podjęcia zatrudnienia zostaje zachowana.</translation>
    </message>
    <message>
        <source>A business start date is given, but the form of employment is not self-employment: the form given is kept.</source>
        <translation>Podano datę założenia działalności gospodarczej, ale forma zatrudnienia to nie samozatrudnienie: podana forma zostaje zachowana.</translation>
    </message>
    <message>
        <source>&quot;Tak&quot; does not say whether the person belongs to a minority or is of foreign origin: read as a minority. Check it and the foreign origin in coopdesk.</source>
        <translation>„Tak” nie mówi, czy osoba należy do mniejszości, czy jest obcego pochodzenia: odczytano jako należąca do mniejszości. Sprawdź to i obce pochodzenie w coopdesk.</translation>
    </message>
    <message>
        <source>The start of participation differs from the start of the support ({date}): coopdesk takes the support&apos;s start.</source>
        <translation>Data rozpoczęcia udziału różni się od daty rozpoczęcia wsparcia ({date}): coopdesk przyjmuje datę rozpoczęcia wsparcia.</translation>
    </message>
    <message>
        <source>The export layout {file} cannot be used: {reason}</source>
        <translation>Układu eksportu {file} nie można użyć: {reason}</translation>
    </message>
    <message>
        <source>The export layout {file}, column {column} ({header}): nothing called {source} can fill a column.</source>
        <translation>Układ eksportu {file}, kolumna {column} ({header}): nic o nazwie {source} nie może wypełnić kolumny.</translation>
    </message>
    <message>
        <source>The export layout {file}, column {column} ({header}): the file has no dictionary {dictionary}.</source>
        <translation>Układ eksportu {file}, kolumna {column} ({header}): w pliku nie ma słownika {dictionary}.</translation>
    </message>
    <message>
        <source>The export layout {file}, column {column} ({header}): the dictionary {dictionary} has no text for {codes}.</source>
        <translation>Układ eksportu {file}, kolumna {column} ({header}): słownik {dictionary} nie ma tekstu dla {codes}.</translation>
    </message>
    <message>
        <source>The export layout {file}, column {column} ({header}): the kind {kind} is not one of date, text, int, number, id.</source>
        <translation>Układ eksportu {file}, kolumna {column} ({header}): rodzaj {kind} nie jest żadnym z: date, text, int, number, id.</translation>
    </message>
    <message>
        <source>The export layout {file}, column {column} ({header}): {source} belongs on the support forms&apos; sheet.</source>
        <translation>Układ eksportu {file}, kolumna {column} ({header}): {source} należy do arkusza form wsparcia.</translation>
    </message>
    <message>
        <source>The export layout {file}: {sheet} cannot name a sheet (at most 31 characters, none of [ ] : * ? / \).</source>
        <translation>Układ eksportu {file}: {sheet} nie może być nazwą arkusza (najwyżej 31 znaków, bez [ ] : * ? / \).</translation>
    </message>
    <message>
        <source>There is no export layout {name}; the layouts are {names}.</source>
        <translation>Nie ma układu eksportu {name}; dostępne układy: {names}.</translation>
    </message>
    <message>
        <source>{count} rows of the file have errors: nothing was imported. Correct them, or import the valid rows only.</source>
        <translation>Wiersze z błędami: {count}. Nic nie zaimportowano. Popraw je albo zaimportuj tylko poprawne wiersze.</translation>
    </message>
    <message>
        <source>Columns {columns} both fill the same field: choose one.</source>
        <translation>Kolumny {columns} wypełniają to samo pole: wybierz jedną.</translation>
    </message>
    <message>
        <source>No row of the sheet looks like a row of column headers: point at it.</source>
        <translation>Żaden wiersz arkusza nie wygląda na wiersz nagłówków kolumn: wskaż go.</translation>
    </message>
    <message>
        <source>There is no saved column mapping named &quot;{name}&quot;.</source>
        <translation>Nie ma zapisanego przypisania kolumn o nazwie „{name}”.</translation>
    </message>
    <message>
        <source>Row {row}: this choice is not possible.</source>
        <translation>Wiersz {row}: ten wybór nie jest możliwy.</translation>
    </message>
    <message>
        <source>Row {row} repeats the PESEL of row {other}: it can only be skipped.</source>
        <translation>Wiersz {row} powtarza PESEL z wiersza {other}: można go tylko pominąć.</translation>
    </message>
    <message>
        <source>Row {row}: a person with this PESEL is already registered: update them or skip the row.</source>
        <translation>Wiersz {row}: osoba z tym numerem PESEL jest już zarejestrowana: zaktualizuj jej dane albo pomiń wiersz.</translation>
    </message>
    <message>
        <source>Row {row}: the person already registered is not in your caseload: the row can only be skipped.</source>
        <translation>Wiersz {row}: zarejestrowana już osoba nie jest pod Twoją opieką: wiersz można tylko pominąć.</translation>
    </message>
    <message>
        <source>No project has the code &quot;{code}&quot;.</source>
        <translation>Żaden projekt nie ma kodu „{code}”.</translation>
    </message>
    <message>
        <source>Give the mapping a name.</source>
        <translation>Nadaj przypisaniu kolumn nazwę.</translation>
    </message>
    <message>
        <source>The participation in this project recorded &quot;{stored}&quot; at entry: data at entry are never overwritten by an import, so &quot;{value}&quot; is not taken. Correct it in the participant&apos;s form if it was recorded wrongly.</source>
        <translation>Udział w tym projekcie ma zapisane przy przystąpieniu „{stored}”: import nigdy nie nadpisuje danych z chwili przystąpienia, więc „{value}” nie zostanie przyjęte. Jeśli zapisano je błędnie, popraw je w formularzu uczestnika.</translation>
    </message>
</context>
<context>
    <name>FieldIssues</name>
    <message>
        <source>Nothing was saved. Please correct: {fields}</source>
        <translation>Niczego nie zapisano. Popraw: {fields}</translation>
    </message>
    <message>
        <source>Please correct: {fields}</source>
        <translation>Popraw: {fields}</translation>
    </message>
    <message>
        <source>Please check (saving is still possible): {fields}</source>
        <translation>Sprawdź (zapisanie jest nadal możliwe): {fields}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Spreadsheet file</source>
        <translation>Plik arkusza</translation>
    </message>
    <message>
        <source>Choose the spreadsheet with the participants: xlsx, xls, ods or csv.</source>
        <translation>Wybierz arkusz z uczestnikami: xlsx, xls, ods lub csv.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Wy&amp;bierz plik…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Wybierz arkusz</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)</source>
        <translation>Arkusze kalkulacyjne (*.xlsx *.xls *.ods *.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Nie ma pliku %1.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to coopdesk</source>
        <translation>Witamy w programie coopdesk</translation>
    </message>
    <message>
        <source>Create the coordinator&apos;s account. The coordinator manages the other accounts and the settings. Keep the password safe: it protects the data of the people you support.</source>
        <translation>Utwórz konto koordynatora. Koordynator zarządza pozostałymi kontami i ustawieniami. Chroń hasło: zabezpiecza ono dane osób, którym pomagasz.</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>co najmniej %n znak</numerusform>
            <numerusform>co najmniej %n znaki</numerusform>
            <numerusform>co najmniej %n znaków</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Powtórz hasło:</translation>
    </message>
    <message>
        <source>&amp;Create the account</source>
        <translation>&amp;Utwórz konto</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hasła nie są takie same. Wpisz je ponownie.</translation>
    </message>
</context>
<context>
    <name>FollowupExport</name>
    <message>
        <source>contacts-for-follow-up</source>
        <translation>kontakty-po-projekcie</translation>
    </message>
    <message>
        <source>Export contacts for follow-up after the project</source>
        <translation>Eksport kontaktów po zakończeniu projektu</translation>
    </message>
    <message>
        <source>Writing the contacts...</source>
        <translation>Zapisywanie kontaktów...</translation>
    </message>
    <message>
        <source>Written: %1 people who consented to follow-up contact.
Withheld (no valid consent): %2; they are listed by their stable id, with the reason, on the sheet &quot;%3&quot;.

The file: %4</source>
        <translation>Zapisano: %1 osób, które zgodziły się na kontakt po projekcie.
Pominięto (brak ważnej zgody): %2; są wymienione według stałego identyfikatora, z powodem, w arkuszu „%3”.

Plik: %4</translation>
    </message>
</context>
<context>
    <name>GdprDialog</name>
    <message>
        <source>Granted</source>
        <translation>Udzielona</translation>
    </message>
    <message>
        <source>Data protection: %1</source>
        <translation>Ochrona danych – %1</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Ochrona danych</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Data udzielenia</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Data wygaśnięcia</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Data wycofania</translation>
    </message>
    <message>
        <source>Status today</source>
        <translation>Stan na dziś</translation>
    </message>
    <message>
        <source>Monitoring and reporting, including the list for the lead partner, rest on the law (the implementing act and the ESF+ regulation), not on these consents: withdrawing one removes nobody from them. A consent here allows only its optional purpose.</source>
        <translation>Monitorowanie i sprawozdawczość, w tym lista dla partnera wiodącego, opierają się na przepisach prawa (ustawie wdrożeniowej i rozporządzeniu EFS+), a nie na tych zgodach: wycofanie zgody nikogo z nich nie usuwa. Zgoda pozwala tu wyłącznie na jej dobrowolny cel.</translation>
    </message>
    <message>
        <source>&amp;Save consents</source>
        <translation>&amp;Zapisz zgody</translation>
    </message>
    <message>
        <source>Data &amp;report (Art. 15)...</source>
        <translation>&amp;Raport danych osobowych (art. 15 RODO)…</translation>
    </message>
    <message>
        <source>Save everything held about this person as a PDF for them</source>
        <translation>Zapisz w pliku PDF wszystkie dane przechowywane o tej osobie, aby je jej przekazać</translation>
    </message>
    <message>
        <source>&amp;Erase this person...</source>
        <translation>&amp;Usuń dane osoby…</translation>
    </message>
    <message>
        <source>Delete the person and everything linked to them, for good</source>
        <translation>Trwale usuń osobę i wszystko, co jest z nią powiązane</translation>
    </message>
    <message>
        <source>(without project): no retention period</source>
        <translation>(bez projektu): brak okresu przechowywania</translation>
    </message>
    <message>
        <source>%1: retention base date not set</source>
        <translation>%1: nie ustalono daty bazowej przechowywania</translation>
    </message>
    <message>
        <source>%1: kept until %2, on legal hold</source>
        <translation>%1: przechowywane do %2, blokada prawna</translation>
    </message>
    <message>
        <source>%1: kept until %2</source>
        <translation>%1: przechowywane do %2</translation>
    </message>
    <message>
        <source>Past its retention date: due for anonymisation.</source>
        <translation>Po terminie przechowywania: do anonimizacji.</translation>
    </message>
    <message>
        <source>Data kept until %1; after that the record is anonymised.</source>
        <translation>Dane są przechowywane do %1; potem rekord zostanie zanonimizowany.</translation>
    </message>
    <message>
        <source>Correct the dates of: %1</source>
        <translation>Popraw daty zgód: %1</translation>
    </message>
    <message>
        <source>Save the data report</source>
        <translation>Zapisz raport danych osobowych</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the data report...</source>
        <translation>Zapisywanie raportu o danych...</translation>
    </message>
    <message>
        <source>Data report</source>
        <translation>Raport danych osobowych</translation>
    </message>
    <message>
        <source>The report was saved to %1</source>
        <translation>Raport zapisano w pliku %1</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Usuń dane osoby</translation>
    </message>
    <message>
        <source>This deletes the person, their categories, history and consents for good, and removes their data from the journal. It cannot be undone.

Type the last name (%1) to confirm:</source>
        <translation>Osoba zostanie trwale usunięta wraz z kategoriami, historią i zgodami, a jej dane zostaną usunięte z dziennika zmian. Tej operacji nie można cofnąć.

Aby potwierdzić, wpisz nazwisko (%1):</translation>
    </message>
    <message>
        <source>The name does not match; nothing was erased.</source>
        <translation>Nazwisko się nie zgadza; niczego nie usunięto.</translation>
    </message>
</context>
<context>
    <name>HeaderPage</name>
    <message>
        <source>Header row</source>
        <translation>Wiersz nagłówków</translation>
    </message>
    <message>
        <source>&amp;Headers are in row:</source>
        <translation>&amp;Nagłówki są w wierszu:</translation>
    </message>
    <message>
        <source>No row looks like a header row: choose the row with the column names.</source>
        <translation>Żaden wiersz nie wygląda na wiersz nagłówków: wskaż wiersz z nazwami kolumn.</translation>
    </message>
    <message>
        <source>Check the row with the column names; change it if it is wrong.</source>
        <translation>Sprawdź wiersz z nazwami kolumn; zmień go, jeśli jest błędny.</translation>
    </message>
    <message>
        <source>Detected: row %1.</source>
        <translation>Wykryto: wiersz %1.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <extracomment>an old value was put back into the record (the caller may refresh its views)</extracomment>
        <translation>Historia zmian – %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia zmian</translation>
    </message>
    <message>
        <source>Select an entry to see it in full.</source>
        <translation>Wybierz wpis, aby zobaczyć go w całości.</translation>
    </message>
    <message>
        <source>Show &amp;views of sensitive data</source>
        <translation>Pokaż &amp;wyświetlenia danych wrażliwych</translation>
    </message>
    <message>
        <source>&amp;Restore this value</source>
        <translation>&amp;Przywróć tę wartość</translation>
    </message>
    <message>
        <source>Put the old value of the selected change back into the record</source>
        <translation>Przywróć w rekordzie poprzednią wartość z zaznaczonej zmiany</translation>
    </message>
    <message>
        <source>Put back the old value of “%1”?

It becomes: %2
Now it is: %3

The change is saved and recorded in the history.</source>
        <translation>Przywrócić poprzednią wartość pola „%1”?

Nowa wartość: %2
Obecna wartość: %3

Zmiana zostanie zapisana i odnotowana w historii.</translation>
    </message>
    <message>
        <source>Restore this value</source>
        <translation>Przywróć tę wartość</translation>
    </message>
    <message>
        <source>The old value cannot be saved any more, because the record would not be valid:
%1</source>
        <translation>Nie można już zapisać poprzedniej wartości, ponieważ rekord byłby niepoprawny:
%1</translation>
    </message>
    <message>
        <source>Nothing has been recorded for this record yet.</source>
        <translation>Historia tego rekordu nie ma jeszcze żadnych wpisów.</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Kiedy: %1</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Kto: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Czynność: %1</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Pole: %1</translation>
    </message>
    <message>
        <source>Old value:</source>
        <translation>Poprzednia wartość:</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>Nowa wartość:</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Poprzednia wartość</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nowa wartość</translation>
    </message>
    <message>
        <source>%1 (the value before the change of %2)</source>
        <translation>%1 (wartość sprzed zmiany z %2)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>zmienione</translation>
    </message>
    <message>
        <source>set</source>
        <translation>ustawione</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Choose image…</source>
        <translation>Wybierz obraz…</translation>
    </message>
    <message>
        <source>A PNG or JPEG file up to 2 MB; printed with its proportions kept</source>
        <translation>Plik PNG lub JPEG do 2 MB; drukowany z zachowaniem proporcji</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Usuń obraz</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Wybierz obraz</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Nie można odczytać pliku.</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Brak obrazu</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
</context>
<context>
    <name>ImportBatches</name>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pominięto</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucono</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Cofnięto</translation>
    </message>
</context>
<context>
    <name>ImportBatchesDialog</name>
    <message>
        <source>Import batches</source>
        <translation>Historia importów</translation>
    </message>
    <message>
        <source>&amp;Imports, newest first:</source>
        <translation>&amp;Importy, od najnowszego:</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>&amp;Cofnij import…</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Sheet: %1</source>
        <translation>Arkusz: %1</translation>
    </message>
    <message>
        <source>New participations: %1</source>
        <translation>Nowe udziały w projektach: %1</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Cofnięcie importu</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2)?

The %3 people it created are removed with their participations, the participations it added are removed, and the %4 people it updated get their previous values back. This is journaled.</source>
        <translation>Cofnąć import pliku %1 (%2)?

Osoby utworzone przez import (%3) zostaną usunięte wraz z udziałami w projektach, dodane udziały zostaną usunięte, a zaktualizowane osoby (%4) odzyskają poprzednie wartości. Zostanie to zapisane w dzienniku.</translation>
    </message>
    <message>
        <source>Undoing the import...</source>
        <translation>Cofanie importu...</translation>
    </message>
    <message>
        <source>The import of %1 was undone.</source>
        <translation>Import pliku %1 został cofnięty.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>exact</source>
        <translation>dokładne</translation>
    </message>
    <message>
        <source>close: check it</source>
        <translation>podobne: sprawdź</translation>
    </message>
    <message>
        <source>two fields: choose one or skip</source>
        <translation>dwa pola: wybierz jedno lub pomiń</translation>
    </message>
    <message>
        <source>duplicate: the field is already mapped</source>
        <translation>powtórzone: to pole ma już kolumnę</translation>
    </message>
    <message>
        <source>known, not imported (computed or free text)</source>
        <translation>znana, nie jest importowana (wyliczana lub opisowa)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznane</translation>
    </message>
    <message>
        <source>from the saved mapping</source>
        <translation>z zapisanego mapowania</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>wybrane przez Ciebie</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Nie udało się odczytać pliku.</translation>
    </message>
    <message>
        <source>same PESEL</source>
        <translation>ten sam PESEL</translation>
    </message>
    <message>
        <source>similar name, same birth date</source>
        <translation>podobne nazwisko i imię, ta sama data urodzenia</translation>
    </message>
    <message>
        <source>twice in the file</source>
        <translation>dwa razy w pliku</translation>
    </message>
    <message>
        <source>same technical identifier</source>
        <translation>ten sam identyfikator techniczny</translation>
    </message>
    <message>
        <source>Create a new person</source>
        <translation>Utwórz nową osobę</translation>
    </message>
    <message>
        <source>Update the registered person</source>
        <translation>Zaktualizuj zarejestrowaną osobę</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Pomiń wiersz</translation>
    </message>
    <message>
        <source>error</source>
        <translation>błąd</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>ostrzeżenie</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Import uczestników</translation>
    </message>
    <message>
        <source>Reading the file...</source>
        <translation>Odczytywanie pliku...</translation>
    </message>
    <message>
        <source>Checking the rows...</source>
        <translation>Sprawdzanie wierszy...</translation>
    </message>
    <message>
        <source>Importing the participants...</source>
        <translation>Importowanie uczestników...</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Podpowiedź</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Waga</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Recruited</source>
        <translation>Po rekrutacji</translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation>Po diagnozie</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>W trakcie szkoleń</translation>
    </message>
    <message>
        <source>In a founding group</source>
        <translation>W grupie założycielskiej</translation>
    </message>
    <message>
        <source>In a cooperative / employed</source>
        <translation>W spółdzielni / w zatrudnieniu</translation>
    </message>
    <message>
        <source>Left the project</source>
        <translation>Udział zakończony</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kobieta</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mężczyzna</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Refused to answer</source>
        <translation>Odmowa podania informacji</translation>
    </message>
    <message>
        <source>Polish citizenship</source>
        <translation>Obywatelstwo polskie</translation>
    </message>
    <message>
        <source>Citizen of another EU country</source>
        <translation>Obywatel innego państwa UE</translation>
    </message>
    <message>
        <source>Citizen of a non-EU country</source>
        <translation>Obywatel państwa spoza UE</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Bezpaństwowiec</translation>
    </message>
    <message>
        <source>Unemployed, registered at a labour office</source>
        <translation>Osoba bezrobotna zarejestrowana w urzędzie pracy</translation>
    </message>
    <message>
        <source>Unemployed, not registered</source>
        <translation>Osoba bezrobotna niezarejestrowana</translation>
    </message>
    <message>
        <source>Economically inactive</source>
        <translation>Osoba bierna zawodowo</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Osoba pracująca</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Osoba długotrwale bezrobotna</translation>
    </message>
    <message>
        <source>Not in education or training</source>
        <translation>Osoba nieuczestnicząca w kształceniu lub szkoleniu</translation>
    </message>
    <message>
        <source>In education or training</source>
        <translation>W trakcie kształcenia lub szkolenia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>1 - cities</source>
        <translation>1 – miasta</translation>
    </message>
    <message>
        <source>2 - towns and suburbs</source>
        <translation>2 – małe miasta i przedmieścia</translation>
    </message>
    <message>
        <source>3 - rural areas</source>
        <translation>3 – obszary wiejskie</translation>
    </message>
    <message>
        <source>Below primary (ISCED 0)</source>
        <translation>Niższe niż podstawowe (ISCED 0)</translation>
    </message>
    <message>
        <source>Primary (ISCED 1)</source>
        <translation>Podstawowe (ISCED 1)</translation>
    </message>
    <message>
        <source>Lower secondary (ISCED 2)</source>
        <translation>Gimnazjalne (ISCED 2)</translation>
    </message>
    <message>
        <source>Upper secondary (ISCED 3)</source>
        <translation>Ponadgimnazjalne (ISCED 3)</translation>
    </message>
    <message>
        <source>Post-secondary (ISCED 4)</source>
        <translation>Policealne (ISCED 4)</translation>
    </message>
    <message>
        <source>Tertiary (ISCED 5-8)</source>
        <translation>Wyższe (ISCED 5–8)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordynator</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Znaczny</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Umiarkowany</translation>
    </message>
    <message>
        <source>Slight</source>
        <translation>Lekki</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Indywidualny</translation>
    </message>
    <message>
        <source>Employee or representative of an institution</source>
        <translation>Pracownik lub przedstawiciel instytucji/podmiotu</translation>
    </message>
    <message>
        <source>Individual advice</source>
        <translation>Doradztwo indywidualne</translation>
    </message>
    <message>
        <source>Psychological support</source>
        <translation>Wsparcie psychologiczne</translation>
    </message>
    <message>
        <source>Social work</source>
        <translation>Praca socjalna</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Szkolenie</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Warsztaty</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Staż</translation>
    </message>
    <message>
        <source>Grant for a job in a social enterprise</source>
        <translation>Dotacja na utworzenie miejsca pracy w przedsiębiorstwie społecznym</translation>
    </message>
    <message>
        <source>Bridging support</source>
        <translation>Wsparcie pomostowe</translation>
    </message>
    <message>
        <source>Other support</source>
        <translation>Inne wsparcie</translation>
    </message>
    <message>
        <source>Completed the planned support</source>
        <translation>Ukończenie zaplanowanego wsparcia</translation>
    </message>
    <message>
        <source>Left early for a job</source>
        <translation>Wcześniejsze zakończenie – podjęcie pracy</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>Rezygnacja</translation>
    </message>
    <message>
        <source>Health reasons</source>
        <translation>Przyczyny zdrowotne</translation>
    </message>
    <message>
        <source>Removed under the project&apos;s rules</source>
        <translation>Skreślenie zgodnie z regulaminem projektu</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Inna przyczyna</translation>
    </message>
    <message>
        <source>In employment, incl. self-employment</source>
        <translation>Pracująca (łącznie z prowadzącymi działalność na własny rachunek)</translation>
    </message>
    <message>
        <source>Searching for a job</source>
        <translation>Poszukująca pracy</translation>
    </message>
    <message>
        <source>Gained a qualification</source>
        <translation>Uzyskała kwalifikacje</translation>
    </message>
    <message>
        <source>None of the above</source>
        <translation>Żadne z powyższych</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nie dotyczy</translation>
    </message>
    <message>
        <source>Employment contract</source>
        <translation>Umowa o pracę</translation>
    </message>
    <message>
        <source>Cooperative employment contract</source>
        <translation>Spółdzielcza umowa o pracę</translation>
    </message>
    <message>
        <source>Civil-law contract</source>
        <translation>Umowa cywilnoprawna</translation>
    </message>
    <message>
        <source>Self-employment</source>
        <translation>Samozatrudnienie</translation>
    </message>
    <message>
        <source>Other form</source>
        <translation>Inna forma</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>Viewed sensitive data</source>
        <translation>Wyświetlono dane wrażliwe</translation>
    </message>
    <message>
        <source>Restored an old value</source>
        <translation>Przywrócono poprzednią wartość</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Wyeksportowano</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Zaimportowano</translation>
    </message>
    <message>
        <source>Undid an import</source>
        <translation>Cofnięto import</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Nieudane logowanie</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>Participation in {key}</source>
        <translation>Udział w projekcie {key}</translation>
    </message>
    <message>
        <source>Form of support: {key}</source>
        <translation>Forma wsparcia: {key}</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Ważne od</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Ważne do</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Podstawa prawna</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Obywatelstwo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Voivodeship</source>
        <translation>Województwo</translation>
    </message>
    <message>
        <source>District (powiat)</source>
        <translation>Powiat</translation>
    </message>
    <message>
        <source>Municipality (gmina)</source>
        <translation>Gmina</translation>
    </message>
    <message>
        <source>TERYT code</source>
        <translation>Kod TERYT</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Building number</source>
        <translation>Nr budynku</translation>
    </message>
    <message>
        <source>Flat number</source>
        <translation>Nr lokalu</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Degree of urbanisation (DEGURBA)</source>
        <translation>Stopień urbanizacji (DEGURBA)</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Wykształcenie</translation>
    </message>
    <message>
        <source>Participant type</source>
        <translation>Rodzaj uczestnika</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <source>Institution NIP</source>
        <translation>NIP instytucji</translation>
    </message>
    <message>
        <source>Labour-market status</source>
        <translation>Status na rynku pracy</translation>
    </message>
    <message>
        <source>Labour-market status detail</source>
        <translation>Doprecyzowanie statusu na rynku pracy</translation>
    </message>
    <message>
        <source>Registered at the labour office on</source>
        <translation>Data rejestracji w urzędzie pracy</translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Bezrobotna od</translation>
    </message>
    <message>
        <source>School completed</source>
        <translation>Ukończona szkoła</translation>
    </message>
    <message>
        <source>DEGURBA set by hand</source>
        <translation>DEGURBA ustalone ręcznie</translation>
    </message>
    <message>
        <source>Information clause acknowledged on</source>
        <translation>Data zapoznania się z klauzulą informacyjną</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Data zakończenia udziału</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Przyczyna zakończenia udziału</translation>
    </message>
    <message>
        <source>Completed the path as planned</source>
        <translation>Zakończenie udziału zgodnie ze ścieżką</translation>
    </message>
    <message>
        <source>Situation at exit</source>
        <translation>Sytuacja w chwili zakończenia udziału</translation>
    </message>
    <message>
        <source>Employment start</source>
        <translation>Data podjęcia zatrudnienia</translation>
    </message>
    <message>
        <source>Form of employment</source>
        <translation>Forma zatrudnienia</translation>
    </message>
    <message>
        <source>Working time (FTE)</source>
        <translation>Wymiar etatu</translation>
    </message>
    <message>
        <source>Employment (months)</source>
        <translation>Okres zatrudnienia (miesiące)</translation>
    </message>
    <message>
        <source>Proof of employment</source>
        <translation>Dokument potwierdzający zatrudnienie</translation>
    </message>
    <message>
        <source>Employment checked on</source>
        <translation>Data weryfikacji zatrudnienia</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Udział w projekcie</translation>
    </message>
    <message>
        <source>Values before the import</source>
        <translation>Wartości sprzed importu</translation>
    </message>
    <message>
        <source>Form of support</source>
        <translation>Forma wsparcia</translation>
    </message>
    <message>
        <source>Support from</source>
        <translation>Wsparcie od</translation>
    </message>
    <message>
        <source>Support until</source>
        <translation>Wsparcie do</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Niepełnosprawność</translation>
    </message>
    <message>
        <source>Degree of disability</source>
        <translation>Stopień niepełnosprawności</translation>
    </message>
    <message>
        <source>Intellectual, mental or multiple disability</source>
        <translation>Niepełnosprawność intelektualna, psychiczna lub sprzężona</translation>
    </message>
    <message>
        <source>Minority</source>
        <translation>Mniejszość narodowa lub etniczna</translation>
    </message>
    <message>
        <source>Foreign background</source>
        <translation>Osoba obcego pochodzenia</translation>
    </message>
    <message>
        <source>Homeless or excluded from housing</source>
        <translation>Bezdomność lub wykluczenie z dostępu do mieszkań</translation>
    </message>
    <message>
        <source>Recruitment date</source>
        <translation>Data rekrutacji</translation>
    </message>
    <message>
        <source>Recruitment source</source>
        <translation>Źródło rekrutacji</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Doradca</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Anonymised on</source>
        <translation>Data anonimizacji</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Wymagana zmiana hasła</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Ostatnie logowanie</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Proof hint</source>
        <translation>Zalecany dokument potwierdzający</translation>
    </message>
    <message>
        <source>Special-category data</source>
        <translation>Dane szczególnych kategorii</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Kolejność</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data zakończenia</translation>
    </message>
    <message>
        <source>Retention (years)</source>
        <translation>Okres przechowywania (lata)</translation>
    </message>
    <message>
        <source>Retention note</source>
        <translation>Podstawa okresu przechowywania</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>Numer projektu</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Lead partner</source>
        <translation>Partner wiodący</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <source>Data controllers</source>
        <translation>Administratorzy danych</translation>
    </message>
    <message>
        <source>Logo strip</source>
        <translation>Pasek logotypów</translation>
    </message>
    <message>
        <source>Retention counted from</source>
        <translation>Okres przechowywania liczony od</translation>
    </message>
    <message>
        <source>State aid (10 years)</source>
        <translation>Pomoc publiczna (10 lat)</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Wstrzymanie usunięcia (obowiązek prawny)</translation>
    </message>
    <message>
        <source>Reason for the legal hold</source>
        <translation>Powód wstrzymania usunięcia</translation>
    </message>
    <message>
        <source>Proof document</source>
        <translation>Dokument potwierdzający</translation>
    </message>
    <message>
        <source>Proof date</source>
        <translation>Data dokumentu potwierdzającego</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Zweryfikował(a)</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Data weryfikacji</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Zmienił(a)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Udzielona</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Data udzielenia</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Data wygaśnięcia</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Data wycofania</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>At-risk category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Udostępnił(a)</translation>
    </message>
    <message>
        <source>At-risk category {key}</source>
        <translation>Kategoria {key}</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historia etapów</translation>
    </message>
    <message>
        <source>Consent: {key}</source>
        <translation>Zgoda: {key}</translation>
    </message>
    <message>
        <source>Case shared with {key}</source>
        <translation>Sprawa udostępniona użytkownikowi {key}</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trener</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <source>Participation and processing of data</source>
        <translation>Udział w projekcie i przetwarzanie danych</translation>
    </message>
    <message>
        <source>Sharing data with the lead partner beyond monitoring</source>
        <translation>Udostępnienie danych partnerowi wiodącemu poza zakresem monitorowania</translation>
    </message>
    <message>
        <source>Use of image (photos, publicity)</source>
        <translation>Wykorzystanie wizerunku (zdjęcia, promocja)</translation>
    </message>
    <message>
        <source>Follow-up contact after the project</source>
        <translation>Kontakt po zakończeniu projektu</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Ważna</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nie odnotowano</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nieudzielona</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>Jeszcze nie obowiązuje</translation>
    </message>
    <message>
        <source>No date given</source>
        <translation>Brak daty wyrażenia</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wygasła</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wycofana</translation>
    </message>
    <message>
        <source>Not due: the person has no participation.</source>
        <translation>Nie podlega anonimizacji: osoba nie ma żadnego udziału w projekcie.</translation>
    </message>
    <message>
        <source>Not due: a participation has no project, so no retention period applies.</source>
        <translation>Nie podlega anonimizacji: jeden z udziałów nie ma projektu, więc nie obowiązuje żaden okres przechowywania.</translation>
    </message>
    <message>
        <source>Not due: a project is on legal hold.</source>
        <translation>Nie podlega anonimizacji: projekt jest objęty blokadą prawną.</translation>
    </message>
    <message>
        <source>Not due: a project&apos;s retention base date is not set yet.</source>
        <translation>Nie podlega anonimizacji: w projekcie nie ustalono jeszcze daty, od której liczy się okres przechowywania.</translation>
    </message>
    <message>
        <source>Not due yet: the latest keep-until date has not passed.</source>
        <translation>Jeszcze nie podlega anonimizacji: najpóźniejszy termin przechowywania jeszcze nie minął.</translation>
    </message>
    <message>
        <source>At-risk categories</source>
        <translation>Kategorie zagrożenia wykluczeniem</translation>
    </message>
    <message>
        <source>Recruitment sources</source>
        <translation>Źródła rekrutacji</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>no project</source>
        <translation>bez projektu</translation>
    </message>
    <message>
        <source>urban gmina</source>
        <translation>gmina miejska</translation>
    </message>
    <message>
        <source>rural gmina</source>
        <translation>gmina wiejska</translation>
    </message>
    <message>
        <source>urban-rural gmina</source>
        <translation>gmina miejsko-wiejska</translation>
    </message>
    <message>
        <source>city with powiat rights</source>
        <translation>miasto na prawach powiatu</translation>
    </message>
    <message>
        <source>No PESEL</source>
        <translation>Brak PESEL</translation>
    </message>
    <message>
        <source>Technical identifier</source>
        <translation>Identyfikator techniczny</translation>
    </message>
    <message>
        <source>Age at entry</source>
        <translation>Wiek w chwili przystąpienia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
</context>
<context>
    <name>LeadPartnerExport</name>
    <message>
        <source>participants-for-lead-partner</source>
        <translation>uczestnicy-dla-partnera-wiodacego</translation>
    </message>
    <message>
        <source>Export for the lead partner</source>
        <translation>Eksport dla partnera wiodącego</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Wszystkie projekty</translation>
    </message>
    <message>
        <source>Participations of which project?</source>
        <translation>Udziały w których projektach wyeksportować?</translation>
    </message>
    <message>
        <source>Writing the participant list...</source>
        <translation>Zapisywanie listy uczestników...</translation>
    </message>
    <message>
        <source>Not ready to report (written all the same): %1.</source>
        <translation>Niegotowe do sprawozdania (zapisane mimo to): %1.</translation>
    </message>
    <message>
        <source>Since the last file to %1: %2 new, %3 changed, %4 removed (sheet &quot;%5&quot;).</source>
        <translation>Od ostatniego pliku dla %1: nowe: %2, zmienione: %3, usunięte: %4 (arkusz „%5”).</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksport anulowano; nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <source>Written: %1 participations of %2 participants, whatever their consents: monitoring rests on the implementing act and the ESF+ regulation, not on consent.
Anonymised records left out: %3.

The file: %4</source>
        <translation>Zapisano udziałów w projektach: %1 (uczestników: %2), niezależnie od ich zgód: monitorowanie opiera się na ustawie wdrożeniowej i rozporządzeniu EFS+, nie na zgodzie.
Pominięte dane zanonimizowane: %3.

Plik: %4</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Export this list to &amp;Excel…</source>
        <translation>Eksportuj tę listę do &amp;Excela…</translation>
    </message>
    <message>
        <source>Export this list to Excel</source>
        <translation>Eksport listy do Excela</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excela (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the list…</source>
        <translation>Zapisywanie listy…</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Anulowano: nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <source>Columns left out (special-category data): %1.</source>
        <translation>Pominięte kolumny (dane szczególnych kategorii): %1.</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>coopdesk is locked</source>
        <translation>Program coopdesk jest zablokowany</translation>
    </message>
    <message>
        <source>coopdesk was locked after a time without use. %1, enter your password to continue.</source>
        <translation>Program coopdesk został zablokowany po okresie bezczynności. %1, wpisz swoje hasło, aby kontynuować.</translation>
    </message>
    <message>
        <source>coopdesk is locked. %1, enter your password to continue.</source>
        <translation>Program coopdesk jest zablokowany. %1, wpisz swoje hasło, aby kontynuować.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <source>&amp;Quit coopdesk</source>
        <translation>Za&amp;kończ program coopdesk</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to coopdesk</source>
        <translation>Logowanie do programu coopdesk</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Zaloguj</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Wpisz swoją nazwę użytkownika.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>coopdesk — DEMO</source>
        <translation>coopdesk — DEMO</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sekcje</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About coopdesk</source>
        <translation>&amp;O programie coopdesk</translation>
    </message>
    <message>
        <source>The language will change when coopdesk is restarted.</source>
        <translation>Język zmieni się po ponownym uruchomieniu programu coopdesk.</translation>
    </message>
    <message>
        <source>About coopdesk</source>
        <translation>O programie coopdesk</translation>
    </message>
    <message>
        <source>coopdesk %1

Participants, trainings and social cooperatives for social economy support centres. Works offline; your data stays on this computer.</source>
        <translation>coopdesk %1

Uczestnicy, szkolenia i spółdzielnie socjalne – program dla ośrodków wsparcia ekonomii społecznej. Działa bez internetu; dane pozostają na tym komputerze.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>Check which field each column fills; columns set to “— skip —” are not imported.</source>
        <translation>Sprawdź, które pole wypełnia każda kolumna; kolumny ustawione na „— pomiń —” nie są importowane.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Przykładowe wartości</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propozycja</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>W&amp;czytaj</translation>
    </message>
    <message>
        <source>Save mapping &amp;as…</source>
        <translation>Zapisz mapowanie &amp;jako…</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>Zapisane &amp;mapowanie:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>P&amp;rojekt:</translation>
    </message>
    <message>
        <source>Ad&amp;visor of the new people:</source>
        <translation>Doradca nowych &amp;osób:</translation>
    </message>
    <message>
        <source>From the file&apos;s project column, else none (assign later)</source>
        <translation>Z kolumny projektu w pliku, a bez niej żaden (do przypisania później)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>(column %1, no header)</source>
        <translation>(kolumna %1, bez nagłówka)</translation>
    </message>
    <message>
        <source>Field for the column %1</source>
        <translation>Pole dla kolumny %1</translation>
    </message>
    <message>
        <source>— skip —</source>
        <translation>— pomiń —</translation>
    </message>
    <message>
        <source>Choose a field for at least one column.</source>
        <translation>Wybierz pole dla co najmniej jednej kolumny.</translation>
    </message>
    <message>
        <source>These fields are chosen for more than one column: %1. Keep one column for each field and skip the others.</source>
        <translation>Te pola wybrano dla więcej niż jednej kolumny: %1. Zostaw jedną kolumnę dla każdego pola, a pozostałe pomiń.</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Zapisywanie mapowania</translation>
    </message>
    <message>
        <source>Save this mapping under a name (e.g. the partner&apos;s name and the file&apos;s purpose):</source>
        <translation>Zapisz to mapowanie pod nazwą (np. nazwa partnera i przeznaczenie pliku):</translation>
    </message>
    <message>
        <source>The mapping “%1” was saved.</source>
        <translation>Zapisano mapowanie „%1”.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Sprawdzanie anulowano.</translation>
    </message>
</context>
<context>
    <name>MonitoringExport</name>
    <message>
        <source>Export for the lead partner</source>
        <translation>Eksport dla partnera wiodącego</translation>
    </message>
    <message>
        <source>coopdesk&apos;s full list</source>
        <translation>Pełna lista coopdesk</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Układ:</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Wszystkie projekty</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Only the payment claim&apos;s &amp;period</source>
        <translation>Tylko &amp;okres wniosku o płatność</translation>
    </message>
    <message>
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>optional: adds the changes since the last file to this partner</source>
        <translation>opcjonalnie: dodaje zmiany od ostatniego pliku dla tego partnera</translation>
    </message>
    <message>
        <source>P&amp;artner:</source>
        <translation>P&amp;artner:</translation>
    </message>
    <message>
        <source>Every participant is written whatever their consents: monitoring rests on the implementing act and the ESF+ regulation.</source>
        <translation>Zapisywani są wszyscy uczestnicy, niezależnie od zgód: monitorowanie opiera się na ustawie wdrożeniowej i rozporządzeniu EFS+.</translation>
    </message>
    <message>
        <source>&amp;Check and export...</source>
        <translation>&amp;Sprawdź i eksportuj...</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Okres kończy się przed swoim początkiem.</translation>
    </message>
    <message>
        <source>Not ready to report</source>
        <translation>Niegotowe do sprawozdania</translation>
    </message>
    <message>
        <source>%1 participations lack data the monitoring system needs (entry or exit data). They are written all the same; complete them before the file is sent, or cancel.</source>
        <translation>Udziałom w projektach (%1) brakuje danych potrzebnych systemowi monitorowania (z wejścia lub zakończenia). Zostaną zapisane mimo to; uzupełnij je przed wysłaniem pliku albo anuluj.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Brakuje</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Dalej</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Save the participant ({keys})</source>
        <translation>Zapisz uczestnika ({keys})</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Zamknij bez zapisywania (Esc)</translation>
    </message>
    <message>
        <source>Alt+{number}; Ctrl+Tab goes to the next tab</source>
        <translation>Alt+{number}; Ctrl+Tab przechodzi do następnej karty</translation>
    </message>
    <message>
        <source>(not asked yet)</source>
        <translation>(jeszcze nie pytano)</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nowy uczestnik</translation>
    </message>
    <message>
        <source>Participant: {name}</source>
        <translation>Uczestnik: {name}</translation>
    </message>
    <message>
        <source>(without project)</source>
        <translation>(bez projektu)</translation>
    </message>
    <message>
        <source>{project}: {start} – left {exit}</source>
        <translation>{project}: {start} – zakończył(a) {exit}</translation>
    </message>
    <message>
        <source>{project}: from {start}</source>
        <translation>{project}: od {start}</translation>
    </message>
    <message>
        <source>Enter the date as dd.mm.yyyy, for example 14.05.1984.</source>
        <translation>Wpisz datę w formacie dd.mm.rrrr, na przykład 14.05.1984.</translation>
    </message>
    <message>
        <source>Enter a number such as 0.5 or 1.</source>
        <translation>Wpisz liczbę, np. 0,5 lub 1.</translation>
    </message>
    <message>
        <source>A person with this PESEL is already registered: {who}.</source>
        <translation>Osoba z tym numerem PESEL jest już zarejestrowana: {who}.</translation>
    </message>
    <message>
        <source>a person outside your caseload</source>
        <translation>osoba spoza Twoich podopiecznych</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>ur. {date}</translation>
    </message>
    <message>
        <source>advisor: {name}</source>
        <translation>doradca: {name}</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>The person is {age} years old. The programme is for adults: someone under 15 takes part only by exception.

Register this person anyway?</source>
        <translation>Wiek osoby: {age}. Program jest przeznaczony dla dorosłych: osoba poniżej 15 lat uczestniczy tylko wyjątkowo.

Czy mimo to zarejestrować tę osobę?</translation>
    </message>
    <message>
        <source>Participant under 15</source>
        <translation>Uczestnik poniżej 15 lat</translation>
    </message>
    <message>
        <source>Please check before saving:
{warnings}

Save anyway?</source>
        <translation>Sprawdź przed zapisaniem:
{warnings}

Czy mimo to zapisać?</translation>
    </message>
    <message>
        <source>Save with warnings</source>
        <translation>Zapis z ostrzeżeniami</translation>
    </message>
    <message>
        <source>A person with the same name and birth date already exists:
{who}

Save anyway?</source>
        <translation>Osoba o tym samym imieniu, nazwisku i dacie urodzenia już istnieje:
{who}

Zapisać mimo to?</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Możliwy duplikat</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Odrzuć zmiany</translation>
    </message>
    <message>
        <source>Close the form without saving the changes?</source>
        <translation>Zamknąć formularz bez zapisywania zmian?</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dane osobowe</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Imię:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nazwisko:</translation>
    </message>
    <message>
        <source>&amp;PESEL:</source>
        <translation>&amp;PESEL:</translation>
    </message>
    <message>
        <source>11 digits. Birth date and sex are read from a valid PESEL.</source>
        <translation>11 cyfr. Data urodzenia i płeć są odczytywane z poprawnego numeru PESEL.</translation>
    </message>
    <message>
        <source>The person has no PESEL: enter the birth date, sex and citizenship instead.</source>
        <translation>Osoba nie ma numeru PESEL: zamiast niego wpisz datę urodzenia, płeć i obywatelstwo.</translation>
    </message>
    <message>
        <source>&amp;No PESEL</source>
        <translation>&amp;Brak PESEL</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Data urodzenia:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Pł&amp;eć:</translation>
    </message>
    <message>
        <source>C&amp;itizenship:</source>
        <translation>&amp;Obywatelstwo:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>Stable I&amp;D:</source>
        <translation>Stały identy&amp;fikator:</translation>
    </message>
    <message>
        <source>The person&apos;s identifier that never changes (used in exports, e.g. the lead partner&apos;s withheld sheet). It can be searched for in the list.</source>
        <translation>Identyfikator osoby, który nigdy się nie zmienia (używany w eksportach, np. w arkuszu pominiętych osób dla partnera wiodącego). Można go wyszukać na liście.</translation>
    </message>
    <message>
        <source>given when the person is saved</source>
        <translation>nadawany przy zapisaniu osoby</translation>
    </message>
    <message>
        <source>Copy the stable ID to the clipboard</source>
        <translation>Skopiuj stały identyfikator do schowka</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Fields with bold labels are required.</source>
        <translation>Pola z pogrubionymi etykietami są wymagane.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Find the gmina (TER&amp;YT):</source>
        <translation>Znajdź gminę (TER&amp;YT):</translation>
    </message>
    <message>
        <source>Pick the gmina from the TERYT dictionary: voivodeship, powiat and gmina are filled in.</source>
        <translation>Wybierz gminę ze słownika TERYT: województwo, powiat i gmina zostaną uzupełnione.</translation>
    </message>
    <message>
        <source>&amp;Voivodeship:</source>
        <translation>&amp;Województwo:</translation>
    </message>
    <message>
        <source>&amp;Powiat (county):</source>
        <translation>&amp;Powiat:</translation>
    </message>
    <message>
        <source>&amp;Gmina (commune):</source>
        <translation>&amp;Gmina:</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <translation>&amp;Miejscowość:</translation>
    </message>
    <message>
        <source>St&amp;reet:</source>
        <translation>&amp;Ulica:</translation>
    </message>
    <message>
        <source>B&amp;uilding no.:</source>
        <translation>Nr &amp;budynku:</translation>
    </message>
    <message>
        <source>&amp;Flat no.:</source>
        <translation>Nr &amp;lokalu:</translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation>&amp;Kod pocztowy:</translation>
    </message>
    <message>
        <source>00-000</source>
        <translation>00-000</translation>
    </message>
    <message>
        <source>ESF status</source>
        <translation>Status EFS</translation>
    </message>
    <message>
        <source>The person may refuse to answer the questions below.</source>
        <translation>Osoba może odmówić odpowiedzi na poniższe pytania.</translation>
    </message>
    <message>
        <source>Person with a d&amp;isability:</source>
        <translation>Osoba z &amp;niepełnosprawnością:</translation>
    </message>
    <message>
        <source>Degree of disa&amp;bility:</source>
        <translation>Stopień niepełnosprawnoś&amp;ci:</translation>
    </message>
    <message>
        <source>As certified (orzeczenie) or an equivalent; special-category data.</source>
        <translation>Według orzeczenia lub równoważnego dokumentu; dane szczególnej kategorii.</translation>
    </message>
    <message>
        <source>Intellectual, mental or m&amp;ultiple disability:</source>
        <translation>Niepełnosprawność intelektualna, psychiczna lub sprzężo&amp;na:</translation>
    </message>
    <message>
        <source>Member of a national or ethnic &amp;minority:</source>
        <translation>Osoba z &amp;mniejszości narodowej lub etnicznej:</translation>
    </message>
    <message>
        <source>&amp;Foreign background:</source>
        <translation>Osoba &amp;obcego pochodzenia:</translation>
    </message>
    <message>
        <source>&amp;Homeless or excluded from housing:</source>
        <translation>Osoba &amp;bezdomna lub wykluczona z dostępu do mieszkań:</translation>
    </message>
    <message>
        <source>At-risk categories</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Categor&amp;y to add:</source>
        <translation>&amp;Kategoria do dodania:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Remove the selected category (Delete in the table)</source>
        <translation>Usuń zaznaczoną kategorię (Delete w tabeli)</translation>
    </message>
    <message>
        <source>&amp;Categories of this person:</source>
        <translation>Kategorie &amp;tej osoby:</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <source>&amp;Recruitment date:</source>
        <translation>Data re&amp;krutacji:</translation>
    </message>
    <message>
        <source>Recruitment s&amp;ource:</source>
        <translation>Ź&amp;ródło rekrutacji:</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>&amp;Doradca:</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>&amp;Etap:</translation>
    </message>
    <message>
        <source>si&amp;nce:</source>
        <translation>&amp;od:</translation>
    </message>
    <message>
        <source>When the person reached this stage. Can be changed only together with the stage.</source>
        <translation>Kiedy osoba osiągnęła ten etap. Można to zmienić tylko razem z etapem.</translation>
    </message>
    <message>
        <source>Stage &amp;history:</source>
        <translation>&amp;Historia etapów:</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Udziały w projektach</translation>
    </message>
    <message>
        <source>Pa&amp;rticipations:</source>
        <translation>&amp;Udziały w projektach:</translation>
    </message>
    <message>
        <source>The person&apos;s participations, one per project; the one selected is edited below. A participation is never removed: a mistaken one is ended with an exit.</source>
        <translation>Udziały osoby, po jednym na projekt; zaznaczony edytuje się poniżej. Udziału się nie usuwa: błędny kończy się zakończeniem udziału.</translation>
    </message>
    <message>
        <source>A returning person: add a participation in another project (the earlier one keeps its data).</source>
        <translation>Osoba powracająca: dodaj udział w innym projekcie (wcześniejszy zachowuje swoje dane).</translation>
    </message>
    <message>
        <source>Ne&amp;w participation</source>
        <translation>No&amp;wy udział</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>&amp;Notes (no health or other sensitive data):</source>
        <translation>&amp;Notatki (bez danych o zdrowiu ani innych danych wrażliwych):</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data ur.</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Doradca</translation>
    </message>
    <message>
        <source>Recruitment date</source>
        <translation>Data rekrutacji</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Search by name, PESEL, town or stable ID (Ctrl+F)</source>
        <translation>Szukaj: nazwisko, PESEL, miejscowość lub stały identyfikator (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Szukaj uczestników</translation>
    </message>
    <message>
        <source>&amp;New participant</source>
        <translation>&amp;Nowy uczestnik</translation>
    </message>
    <message>
        <source>Register a new participant (Ctrl+N)</source>
        <translation>Zarejestruj nowego uczestnika (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edytuj</translation>
    </message>
    <message>
        <source>Open the selected participant (Enter)</source>
        <translation>Otwórz zaznaczonego uczestnika (Enter)</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Filtruj według etapu</translation>
    </message>
    <message>
        <source>Filter by at-risk category</source>
        <translation>Filtruj według kategorii</translation>
    </message>
    <message>
        <source>Filter by advisor</source>
        <translation>Filtruj według doradcy</translation>
    </message>
    <message>
        <source>Filter by project</source>
        <translation>Filtruj według projektu</translation>
    </message>
    <message>
        <source>&amp;Incomplete for reporting</source>
        <translation>Niekompletne do sp&amp;rawozdań</translation>
    </message>
    <message>
        <source>Only people with a participation that SM EFS monitoring cannot report yet: it lacks the education, the labour-market status, the gmina of residence, DEGURBA, the participant type (for an institution&apos;s employee: the institution) or the start date (the first form of support); or, once the exit date is entered, the situation at exit or whether the person completed the path as planned.</source>
        <translation>Tylko osoby z udziałem w projekcie, którego nie da się jeszcze wykazać w SM EFS: brakuje wykształcenia, statusu na rynku pracy, gminy zamieszkania, DEGURBA, rodzaju uczestnika (dla pracownika instytucji: instytucji) albo daty rozpoczęcia (pierwszej formy wsparcia); albo – po wpisaniu daty zakończenia – sytuacji w chwili zakończenia lub informacji, czy osoba zakończyła udział zgodnie ze ścieżką.</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>E&amp;tap:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategoria:</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>&amp;Doradca:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>&amp;New participant…</source>
        <translation>&amp;Nowy uczestnik…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Assign to &amp;project…</source>
        <translation>Przypisz do &amp;projektu…</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (nieoferowana)</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Wszystkie projekty</translation>
    </message>
    <message>
        <source>(without project)</source>
        <translation>(bez projektu)</translation>
    </message>
    <message>
        <source>Only the first {words} words and {chars} characters are searched.</source>
        <translation>Wyszukiwane jest tylko pierwsze {words} słów i {chars} znaków.</translation>
    </message>
    <message>
        <source>Control and invisible characters were left out of the search.</source>
        <translation>Znaki sterujące i niewidoczne zostały pominięte w wyszukiwaniu.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln uczestnik</numerusform>
            <numerusform>%Ln uczestnicy</numerusform>
            <numerusform>%Ln uczestników</numerusform>
        </translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>liczenie…</translation>
    </message>
    <message>
        <source>Assign to project</source>
        <translation>Przypisanie do projektu</translation>
    </message>
    <message numerus="yes">
        <source>Project changed for %n participant(s).</source>
        <translation>
            <numerusform>Zmieniono projekt %n uczestnikowi.</numerusform>
            <numerusform>Zmieniono projekt %n uczestnikom.</numerusform>
            <numerusform>Zmieniono projekt %n uczestnikom.</numerusform>
        </translation>
    </message>
    <message>
        <source>Participant saved.</source>
        <translation>Zapisano dane uczestnika.</translation>
    </message>
</context>
<context>
    <name>ParticipationEditor</name>
    <message>
        <source>no support yet</source>
        <translation>brak wsparcia</translation>
    </message>
    <message>
        <source>— without project —</source>
        <translation>— bez projektu —</translation>
    </message>
    <message>
        <source>Project and entry</source>
        <translation>Projekt i przystąpienie</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <source>The project of this participation; its retention rule decides how long the data are kept.</source>
        <translation>Projekt tego udziału; jego zasada archiwizacji decyduje, jak długo dane są przechowywane.</translation>
    </message>
    <message>
        <source>Participant t&amp;ype:</source>
        <translation>Rodza&amp;j uczestnika:</translation>
    </message>
    <message>
        <source>Instit&amp;ution:</source>
        <translation>Instyt&amp;ucja:</translation>
    </message>
    <message>
        <source>name of the institution or entity</source>
        <translation>nazwa instytucji lub podmiotu</translation>
    </message>
    <message>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <source>St&amp;art date:</source>
        <translation>D&amp;ata rozpoczęcia:</translation>
    </message>
    <message>
        <source>The start of the participation is the start of its first form of support; it is not typed.</source>
        <translation>Udział rozpoczyna się w dniu rozpoczęcia pierwszej formy wsparcia; tej daty się nie wpisuje.</translation>
    </message>
    <message>
        <source>(from the first support)</source>
        <translation>(z pierwszej formy wsparcia)</translation>
    </message>
    <message>
        <source>Information c&amp;lause:</source>
        <translation>K&amp;lauzula informacyjna:</translation>
    </message>
    <message>
        <source>The day the person acknowledged the information clause (who processes the data and why).</source>
        <translation>Dzień, w którym osoba zapoznała się z klauzulą informacyjną (kto i po co przetwarza dane).</translation>
    </message>
    <message>
        <source>Situation at entry</source>
        <translation>Sytuacja w chwili przystąpienia</translation>
    </message>
    <message>
        <source>&amp;Labour-market status:</source>
        <translation>Status na rynku &amp;pracy:</translation>
    </message>
    <message>
        <source>Status &amp;detail:</source>
        <translation>&amp;Doprecyzowanie statusu:</translation>
    </message>
    <message>
        <source>At the labour office si&amp;nce:</source>
        <translation>Zarejestrowa&amp;na w PUP od:</translation>
    </message>
    <message>
        <source>The day the person was registered at the labour office (PUP).</source>
        <translation>Dzień rejestracji osoby w powiatowym urzędzie pracy (PUP).</translation>
    </message>
    <message>
        <source>unemplo&amp;yed since:</source>
        <translation>&amp;bezrobotna od:</translation>
    </message>
    <message>
        <source>The day the unemployment began (long-term unemployment is counted from it).</source>
        <translation>Dzień, od którego osoba pozostaje bez pracy (od niego liczy się długotrwałe bezrobocie).</translation>
    </message>
    <message>
        <source>S&amp;chool completed:</source>
        <translation>Ukończona &amp;szkoła:</translation>
    </message>
    <message>
        <source>Residence at entry</source>
        <translation>Miejsce zamieszkania w chwili przystąpienia</translation>
    </message>
    <message>
        <source>&amp;Gmina (TERYT):</source>
        <translation>&amp;Gmina (TERYT):</translation>
    </message>
    <message>
        <source>&amp;Voivodeship:</source>
        <translation>&amp;Województwo:</translation>
    </message>
    <message>
        <source>Po&amp;wiat:</source>
        <translation>Po&amp;wiat:</translation>
    </message>
    <message>
        <source>Gmi&amp;na:</source>
        <translation>Gmi&amp;na:</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <translation>&amp;Miejscowość:</translation>
    </message>
    <message>
        <source>DEG&amp;URBA:</source>
        <translation>DEG&amp;URBA:</translation>
    </message>
    <message>
        <source>Degree of urbanisation of the place of residence at entry; it follows the gmina unless set by hand.</source>
        <translation>Stopień urbanizacji miejsca zamieszkania w chwili przystąpienia; wynika z gminy, chyba że ustawiono go ręcznie.</translation>
    </message>
    <message>
        <source>set by h&amp;and</source>
        <translation>ustaw ręc&amp;znie</translation>
    </message>
    <message>
        <source>Tick to choose the DEGURBA yourself instead of taking it from the gmina.</source>
        <translation>Zaznacz, aby samodzielnie wybrać DEGURBA zamiast przyjąć wartość gminy.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Wsparcie</translation>
    </message>
    <message>
        <source>Forms of &amp;support (the first one starts the participation):</source>
        <translation>Formy &amp;wsparcia (pierwsza rozpoczyna udział):</translation>
    </message>
    <message>
        <source>&amp;Add support</source>
        <translation>Dod&amp;aj wsparcie</translation>
    </message>
    <message>
        <source>Remo&amp;ve support</source>
        <translation>&amp;Usuń wsparcie</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Zakończenie udziału</translation>
    </message>
    <message>
        <source>E&amp;xit date:</source>
        <translation>Data za&amp;kończenia:</translation>
    </message>
    <message>
        <source>Exit &amp;reason:</source>
        <translation>P&amp;owód zakończenia:</translation>
    </message>
    <message>
        <source>Completed the path as &amp;planned:</source>
        <translation>Ukończył(a) ścieżkę zgodnie z &amp;planem:</translation>
    </message>
    <message>
        <source>Situation at &amp;exit:</source>
        <translation>Sytuacja po &amp;zakończeniu:</translation>
    </message>
    <message>
        <source>Employment after exit</source>
        <translation>Zatrudnienie po zakończeniu udziału</translation>
    </message>
    <message>
        <source>E&amp;mployment start:</source>
        <translation>Początek zatru&amp;dnienia:</translation>
    </message>
    <message>
        <source>Contract &amp;form:</source>
        <translation>&amp;Forma umowy:</translation>
    </message>
    <message>
        <source>Working time (FT&amp;E):</source>
        <translation>Wymiar &amp;etatu:</translation>
    </message>
    <message>
        <source>e.g. 0.5</source>
        <translation>np. 0,5</translation>
    </message>
    <message>
        <source>Part of a full-time job: 1 = full time, 0.5 = half time.</source>
        <translation>Część pełnego etatu: 1 = pełny etat, 0,5 = pół etatu.</translation>
    </message>
    <message>
        <source>for mont&amp;hs:</source>
        <translation>przez mies&amp;ięcy:</translation>
    </message>
    <message>
        <source>How many months the employment lasts or lasted.</source>
        <translation>Ile miesięcy trwa lub trwało zatrudnienie.</translation>
    </message>
    <message>
        <source>Pr&amp;oof:</source>
        <translation>D&amp;owód:</translation>
    </message>
    <message>
        <source>e.g. a copy of the contract</source>
        <translation>np. kopia umowy</translation>
    </message>
    <message>
        <source>Chec&amp;ked on:</source>
        <translation>Sp&amp;rawdzono dnia:</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Set the database passphrase</source>
        <translation>Ustaw hasło szyfrowania bazy danych</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Zaszyfrowana baza danych</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters. Without it the data cannot be read: keep it safe, it cannot be recovered.</source>
        <translation>Wybierz hasło szyfrowania o długości co najmniej %1 znaków. Bez niego nie da się odczytać danych: przechowuj je bezpiecznie, nie można go odzyskać.</translation>
    </message>
    <message>
        <source>The database is encrypted. Enter its passphrase.</source>
        <translation>Baza danych jest zaszyfrowana. Wpisz jej hasło szyfrowania.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Hasło szyfrowania:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Powtórz:</translation>
    </message>
    <message>
        <source>The file is &amp;damaged - restore a backup...</source>
        <translation>Plik jest &amp;uszkodzony – przywróć kopię zapasową...</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Wpisz hasło szyfrowania.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>Hasło szyfrowania musi mieć co najmniej %1 znaków.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>Wpisane hasła szyfrowania się różnią. Wpisz je ponownie.</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <source>Check</source>
        <translation>Sprawdzenie</translation>
    </message>
    <message>
        <source>&amp;Problems found:</source>
        <translation>Znalezione &amp;problemy:</translation>
    </message>
    <message>
        <source>&amp;Export problems…</source>
        <translation>&amp;Eksportuj problemy…</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Nic jeszcze nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Rows: %1. Ready to import: %2. With errors: %3. Duplicates: %4. Problems listed: %5.</source>
        <translation>Wiersze: %1. Gotowe do importu: %2. Z błędami: %3. Duplikaty: %4. Wykazane problemy: %5.</translation>
    </message>
    <message>
        <source>%1-problems.xlsx</source>
        <translation>%1-problemy.xlsx</translation>
    </message>
    <message>
        <source>Export problems</source>
        <translation>Eksport problemów</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty Excela (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the problems...</source>
        <translation>Zapisywanie problemów...</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <source>The problems were written to %1.</source>
        <translation>Problemy zapisano w pliku %1.</translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message>
        <source>Projects and data retention</source>
        <translation>Projekty i okres przechowywania danych</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Retention (years)</source>
        <translation>Przechowywanie (lata)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Koniec okresu</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>The project&apos;s title as in the grant agreement; printed on documents</source>
        <translation>Tytuł projektu jak w umowie o dofinansowanie; drukowany na dokumentach</translation>
    </message>
    <message>
        <source>Source of the rule, e.g. the grant agreement</source>
        <translation>Podstawa okresu, np. umowa o dofinansowanie</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Data &amp;rozpoczęcia:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>Data zakończ&amp;enia:</translation>
    </message>
    <message>
        <source>Data are kept until the base date plus these years (EFS+ 2021-2027: 5); with state aid at least 10.</source>
        <translation>Dane są przechowywane do daty bazowej powiększonej o tyle lat (EFS+ 2021–2027: 5); przy pomocy publicznej co najmniej 10.</translation>
    </message>
    <message>
        <source>31 December of the year of the managing authority&apos;s last payment. Until it is entered, nothing of this project is due for anonymisation.</source>
        <translation>31 grudnia roku, w którym instytucja zarządzająca dokonała ostatniej płatności. Dopóki nie zostanie wpisana, żadne dane tego projektu nie podlegają anonimizacji.</translation>
    </message>
    <message>
        <source>31 December of the year of the managing authority&apos;s last payment; empty until known (nothing of the project is due meanwhile).</source>
        <translation>31 grudnia roku ostatniej płatności instytucji zarządzającej; puste, dopóki nie jest znana (do tego czasu żadne dane projektu nie podlegają anonimizacji).</translation>
    </message>
    <message>
        <source>The project gave &amp;state aid (kept at least 10 years)</source>
        <translation>Projekt udzielał pomocy &amp;publicznej (przechowywanie co najmniej 10 lat)</translation>
    </message>
    <message>
        <source>Le&amp;gal hold: do not anonymise</source>
        <translation>&amp;Blokada prawna: nie anonimizować</translation>
    </message>
    <message>
        <source>An audit, a proceeding or a claim: nobody of this project is anonymised while the hold lasts.</source>
        <translation>Kontrola, postępowanie lub roszczenie: dopóki trwa blokada, nikt z tego projektu nie jest anonimizowany.</translation>
    </message>
    <message>
        <source>Why, e.g. the managing authority&apos;s audit</source>
        <translation>Dlaczego, np. kontrola instytucji zarządzającej</translation>
    </message>
    <message>
        <source>Retention &amp;base date:</source>
        <translation>&amp;Data bazowa przechowywania:</translation>
    </message>
    <message>
        <source>&amp;Retention (years after the base date):</source>
        <translation>&amp;Okres przechowywania (lata od daty bazowej):</translation>
    </message>
    <message>
        <source>Retention n&amp;ote:</source>
        <translation>Podsta&amp;wa okresu przechowywania:</translation>
    </message>
    <message>
        <source>Reason for the &amp;hold:</source>
        <translation>Powód &amp;blokady:</translation>
    </message>
    <message>
        <source>The at-risk categories this project&apos;s rules accept (besides the acts&apos; catalogues)</source>
        <translation>Kategorie zagrożenia, które przyjmują zasady tego projektu (oprócz katalogów ustawowych)</translation>
    </message>
    <message>
        <source>At-risk categories the project&apos;s rules &amp;accept:</source>
        <translation>Kategorie zagrożenia przyjmowane przez &amp;zasady projektu:</translation>
    </message>
    <message>
        <source>The project number as in the grant agreement</source>
        <translation>Numer projektu jak w umowie o dofinansowanie</translation>
    </message>
    <message>
        <source>e.g. Fundusze Europejskie dla Małopolski 2021–2027</source>
        <translation>np. Fundusze Europejskie dla Małopolski 2021–2027</translation>
    </message>
    <message>
        <source>e.g. 6.12 Ekonomia społeczna</source>
        <translation>np. 6.12 Ekonomia społeczna</translation>
    </message>
    <message>
        <source>One partner a line</source>
        <translation>Jeden partner w wierszu</translation>
    </message>
    <message>
        <source>Printed as the data controller on the participants&apos; documents; empty: the centre (Settings)</source>
        <translation>Drukowany jako administrator danych na dokumentach uczestników; puste: ośrodek (Ustawienia)</translation>
    </message>
    <message>
        <source>The strip of the funds&apos; logos (visual identity) printed at the top</source>
        <translation>Zestawienie znaków funduszy (identyfikacja wizualna) drukowane u góry strony</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;umer:</translation>
    </message>
    <message>
        <source>Pro&amp;gramme:</source>
        <translation>Pro&amp;gram:</translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <translation>P&amp;riorytet:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Działanie:</translation>
    </message>
    <message>
        <source>&amp;Lead partner:</source>
        <translation>Partner &amp;wiodący:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partnerzy:</translation>
    </message>
    <message>
        <source>Data &amp;controllers:</source>
        <translation>Ad&amp;ministratorzy danych:</translation>
    </message>
    <message>
        <source>Logo stri&amp;p:</source>
        <translation>Zestawienie &amp;znaków:</translation>
    </message>
    <message>
        <source>Correct the dates.</source>
        <translation>Popraw daty.</translation>
    </message>
    <message>
        <source>Delete the project %1? Its %2 participants stay, their participations without a project and so never due for anonymisation.</source>
        <translation>Usunąć projekt %1? Jego uczestnicy (%2) pozostaną, ich udziały bez projektu, a więc nigdy nie podlegają anonimizacji.</translation>
    </message>
    <message>
        <source>Identity on print-outs</source>
        <translation>Dane na wydrukach</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Przechowywanie</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Kwalifikowalność</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Nowy pro&amp;jekt</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Zapisz projekt</translation>
    </message>
    <message>
        <source>&amp;Delete project...</source>
        <translation>&amp;Usuń projekt…</translation>
    </message>
    <message>
        <source>Records past their retention date</source>
        <translation>Rekordy po upływie okresu przechowywania</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>ID rekordu</translation>
    </message>
    <message>
        <source>&amp;Anonymise due records...</source>
        <translation>&amp;Anonimizuj rekordy po terminie…</translation>
    </message>
    <message>
        <source>Remove names, PESEL, contact data, addresses and notes; birth year, sex and gmina stay for statistics</source>
        <translation>Usuń imiona i nazwiska, PESEL, dane kontaktowe, adresy i notatki; rok urodzenia, płeć i gmina pozostaną do celów statystycznych</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Blokada prawna</translation>
    </message>
    <message>
        <source>Base date not set</source>
        <translation>Brak daty bazowej</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) due for anonymisation today.</source>
        <translation>
            <numerusform>%n rekord czeka dziś na anonimizację.</numerusform>
            <numerusform>%n rekordy czekają dziś na anonimizację.</numerusform>
            <numerusform>%n rekordów czeka dziś na anonimizację.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Usuń projekt</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>… i jeszcze %1</translation>
    </message>
    <message>
        <source>Anonymise records</source>
        <translation>Anonimizuj rekordy</translation>
    </message>
    <message>
        <source>Anonymise %1 records past their retention date? Names, PESEL, contact data, addresses, notes and proof documents are removed for good; birth year, sex and gmina stay for statistics.

%2</source>
        <translation>Zanonimizować rekordy po upływie okresu przechowywania (%1)? Imiona i nazwiska, PESEL, dane kontaktowe, adresy, notatki i dokumenty potwierdzające zostaną trwale usunięte; rok urodzenia, płeć i gmina pozostaną do celów statystycznych.

%2</translation>
    </message>
    <message>
        <source>%1 records were anonymised.</source>
        <translation>Zanonimizowano rekordy: %1.</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>No participant selected</source>
        <translation>Nie zaznaczono uczestnika</translation>
    </message>
    <message>
        <source>Select a participant in the list first.</source>
        <translation>Najpierw zaznacz uczestnika na liście.</translation>
    </message>
    <message>
        <source>Share case</source>
        <translation>Udostępnianie sprawy</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Uczestnik</translation>
    </message>
    <message>
        <source>&amp;History of changes…</source>
        <translation>&amp;Historia zmian…</translation>
    </message>
    <message>
        <source>&amp;Data protection (consents, report, erasure)…</source>
        <translation>&amp;Ochrona danych (zgody, raport, usunięcie)…</translation>
    </message>
    <message>
        <source>&amp;Share case…</source>
        <translation>&amp;Udostępnij sprawę…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <source>&amp;Backups and encryption…</source>
        <translation>&amp;Kopie zapasowe i szyfrowanie…</translation>
    </message>
    <message>
        <source>&amp;Projects and data retention…</source>
        <translation>&amp;Projekty i okres przechowywania danych…</translation>
    </message>
    <message>
        <source>&amp;Dictionaries…</source>
        <translation>&amp;Słowniki…</translation>
    </message>
    <message>
        <source>&amp;Export for the lead partner…</source>
        <translation>&amp;Eksport dla partnera wiodącego…</translation>
    </message>
    <message>
        <source>Export &amp;contacts for follow-up after the project…</source>
        <translation>Eksport &amp;kontaktów po zakończeniu projektu…</translation>
    </message>
    <message>
        <source>&amp;Import participants…</source>
        <translation>&amp;Importuj uczestników…</translation>
    </message>
    <message>
        <source>Import b&amp;atches…</source>
        <translation>&amp;Historia importów…</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Please wait</source>
        <translation>Proszę czekać</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Anulowanie...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>The file could not be written or read (%1).</source>
        <translation>Nie udało się zapisać ani odczytać pliku (%1).</translation>
    </message>
</context>
<context>
    <name>SchoolTypePicker</name>
    <message>
        <source>type part of the school&apos;s name</source>
        <translation>wpisz część nazwy szkoły</translation>
    </message>
    <message>
        <source>{isced} (school not picked)</source>
        <translation>{isced} (szkoła nie wybrana)</translation>
    </message>
    <message>
        <source>ISCED 2011 level {level}: {isced}</source>
        <translation>Poziom ISCED 2011 {level}: {isced}</translation>
    </message>
    <message>
        <source>Maps to: {isced}</source>
        <translation>Odpowiada: {isced}</translation>
    </message>
    <message>
        <source>Type part of the name of the school the person completed last (today&apos;s or the pre-2017 name).</source>
        <translation>Wpisz część nazwy ostatniej ukończonej szkoły (obecnej lub sprzed 2017 r.).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>A new language applies after coopdesk is restarted.</source>
        <translation>Nowy język zacznie obowiązywać po ponownym uruchomieniu programu coopdesk.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Język interfejsu:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Ośrodek</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Sheet</source>
        <translation>Arkusz</translation>
    </message>
    <message>
        <source>Which sheet holds the participants?</source>
        <translation>W którym arkuszu są uczestnicy?</translation>
    </message>
    <message>
        <source>&amp;Sheets:</source>
        <translation>&amp;Arkusze:</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (ukryty)</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>wierszy: %1</translation>
    </message>
    <message>
        <source>The file is open in another program: coopdesk reads what was last saved. Save it there first if you changed it.</source>
        <translation>Plik jest otwarty w innym programie: coopdesk odczyta to, co zapisano ostatnio. Jeśli zmieniono go tam, najpierw go zapisz.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Nobody can sign in</source>
        <translation>Nikt nie może się zalogować</translation>
    </message>
    <message>
        <source>This database holds participants but no account that can sign in (for example a demo interrupted by an older version of coopdesk). For demo data run &quot;coopdesk demo&quot; on this data folder to finish it; otherwise restore a backup (coopdesk restore).</source>
        <translation>Ta baza zawiera uczestników, ale żadnego konta, na które można się zalogować (np. po przerwanym generowaniu danych demonstracyjnych w starszej wersji coopdesk). W przypadku danych demonstracyjnych uruchom „coopdesk demo” dla tego folderu danych, aby je dokończyć; w przeciwnym razie odtwórz kopię zapasową (coopdesk restore).</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Zalogowano jako %1 (%2)</translation>
    </message>
    <message>
        <source>Your role does not give access to the participant register, which holds sensitive personal data. You can change your password or lock the screen from the Account menu.</source>
        <translation>Twoja rola nie daje dostępu do rejestru uczestników, który zawiera wrażliwe dane osobowe. W menu Konto możesz zmienić hasło lub zablokować ekran.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>coopdesk is already running</source>
        <translation>Program coopdesk jest już uruchomiony</translation>
    </message>
    <message>
        <source>coopdesk cannot write in %1: the disk is full or read-only. Free some space or make the folder writable, then start coopdesk again.</source>
        <translation>coopdesk nie może zapisywać w %1: dysk jest pełny albo tylko do odczytu. Zwolnij miejsce lub zezwól na zapis w folderze i uruchom coopdesk ponownie.</translation>
    </message>
    <message>
        <source>coopdesk cannot start</source>
        <translation>Nie można uruchomić programu coopdesk</translation>
    </message>
    <message>
        <source>coopdesk is already open with this data folder%1: the program, or a command such as restore or demo. Use the window that is open, or close it (or wait for the command to end) first; two programs on one database could damage it.</source>
        <translation>Program coopdesk jest już otwarty z tym folderem danych%1: jako program albo polecenie, np. restore lub demo. Użyj otwartego okna albo najpierw je zamknij (lub poczekaj na zakończenie polecenia); dwa programy pracujące na jednej bazie danych mogłyby ją uszkodzić.</translation>
    </message>
    <message>
        <source>That passphrase does not open the database.</source>
        <translation>To hasło szyfrowania nie otwiera bazy danych. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases</source>
        <translation>Zbyt wiele błędnych haseł</translation>
    </message>
    <message>
        <source>No passphrase of %1 tries opened the database, so coopdesk stops asking. If the passphrase is right, the file is damaged: the next window offers the backups.</source>
        <translation>Żadne z %1 podanych haseł nie otworzyło bazy danych, więc coopdesk przestaje pytać. Jeśli hasło jest poprawne, plik jest uszkodzony: w następnym oknie można przywrócić kopię zapasową.</translation>
    </message>
    <message>
        <source>no passphrase opens it</source>
        <translation>żadne hasło jej nie otwiera</translation>
    </message>
    <message>
        <source>not an encrypted database</source>
        <translation>to nie jest zaszyfrowana baza danych</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted: enter its passphrase.</source>
        <translation>Kopia zapasowa %1 jest zaszyfrowana: podaj jej hasło.</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup %1: enter its passphrase.</source>
        <translation>To hasło nie otwiera kopii zapasowej %1: podaj jej hasło.</translation>
    </message>
    <message>
        <source>Restoring the backup...</source>
        <translation>Przywracanie kopii zapasowej...</translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation>Nie można przywrócić kopii zapasowej</translation>
    </message>
    <message>
        <source>The log cannot be written</source>
        <translation>Nie można zapisać dziennika</translation>
    </message>
    <message>
        <source>coopdesk cannot write its log in %1: %2

coopdesk works on, writing the log to the terminal instead.</source>
        <translation>coopdesk nie może zapisać dziennika w %1: %2

coopdesk działa dalej i zapisuje dziennik w terminalu.</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: %1

The database itself is untouched. Make a backup as soon as you can (Tools, Backups and encryption), e.g. to a USB stick.</source>
        <translation>Nie udało się zapisać automatycznej kopii zapasowej: %1

Sama baza danych jest nienaruszona. Jak najszybciej wykonaj kopię zapasową (Narzędzia, Kopie zapasowe i szyfrowanie), np. na pendrive.</translation>
    </message>
    <message>
        <source>Writing the daily backup...</source>
        <translation>Zapisywanie codziennej kopii zapasowej...</translation>
    </message>
    <message>
        <source>Daily backup failed</source>
        <translation>Codzienna kopia zapasowa nie powiodła się</translation>
    </message>
    <message>
        <source>Backup on exit failed</source>
        <translation>Kopia zapasowa przy zamykaniu nie powiodła się</translation>
    </message>
</context>
<context>
    <name>StartupRepairDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>Baza danych jest uszkodzona</translation>
    </message>
    <message>
        <source>The last good backup is from %1 (%2). Restore it? The damaged file is kept in the backups folder.</source>
        <translation>Ostatnia poprawna kopia zapasowa pochodzi z %1 (%2). Przywrócić ją? Uszkodzony plik zostanie zachowany w folderze kopii zapasowych.</translation>
    </message>
    <message>
        <source>No good automatic backup was found. Choose a backup file (e.g. on a USB stick).</source>
        <translation>Nie znaleziono poprawnej automatycznej kopii zapasowej. Wybierz plik kopii zapasowej (np. z pendrive’a).</translation>
    </message>
    <message>
        <source>&amp;Restore the last good backup</source>
        <translation>&amp;Przywróć ostatnią poprawną kopię zapasową</translation>
    </message>
    <message>
        <source>&amp;Choose a backup file...</source>
        <translation>&amp;Wybierz plik kopii zapasowej…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Wybierz kopię zapasową</translation>
    </message>
    <message>
        <source>coopdesk backups (*.sqlite3);;All files (*)</source>
        <translation>Kopie zapasowe coopdesk (*.sqlite3);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Imported</source>
        <translation>Zaimportowano</translation>
    </message>
    <message>
        <source>New people: %1.</source>
        <translation>Nowe osoby: %1.</translation>
    </message>
    <message>
        <source>New participations: %1.</source>
        <translation>Nowe udziały w projektach: %1.</translation>
    </message>
    <message>
        <source>Updated people: %1.</source>
        <translation>Zaktualizowane osoby: %1.</translation>
    </message>
    <message>
        <source>Already registered as in the file (nothing to change): %1.</source>
        <translation>Już zarejestrowane tak jak w pliku (nic do zmiany): %1.</translation>
    </message>
    <message>
        <source>Skipped rows: %1.</source>
        <translation>Pominięte wiersze: %1.</translation>
    </message>
    <message>
        <source>Rejected rows: %1.</source>
        <translation>Odrzucone wiersze: %1.</translation>
    </message>
    <message>
        <source>The rejected rows, with the reasons, are in %1.</source>
        <translation>Odrzucone wiersze wraz z przyczynami są w pliku %1.</translation>
    </message>
    <message>
        <source>The import can be undone in Tools → Import batches… while its records are unchanged.</source>
        <translation>Import można cofnąć w menu Narzędzia → Historia importów…, dopóki jego rekordy nie zostały zmienione.</translation>
    </message>
</context>
<context>
    <name>SupportsTable</name>
    <message>
        <source>Form of support</source>
        <translation>Forma wsparcia</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>The day this support began, dd.mm.yyyy</source>
        <translation>Dzień rozpoczęcia tego wsparcia, dd.mm.rrrr</translation>
    </message>
    <message>
        <source>The day it ended; empty while it goes on</source>
        <translation>Dzień zakończenia; puste, dopóki trwa</translation>
    </message>
</context>
<context>
    <name>TerytPicker</name>
    <message>
        <source>Type the gmina, e.g. Kielce or &apos;Bolesławiec, wiejska&apos;</source>
        <translation>Wpisz gminę, np. Kielce lub „Bolesławiec, wiejska”</translation>
    </message>
    <message>
        <source>Pick the gmina from the list; a comma narrows it: &apos;Nowa Wieś, pomorskie&apos;.</source>
        <translation>Wybierz gminę z listy; przecinek zawęża wybór: „Nowa Wieś, pomorskie”.</translation>
    </message>
    <message>
        <source>No gmina matches this text.</source>
        <translation>Żadna gmina nie pasuje do tego tekstu.</translation>
    </message>
    <message>
        <source>TERYT code {code} is not in the gmina dictionary - pick the gmina again.</source>
        <translation>Kodu TERYT {code} nie ma w słowniku gmin – wybierz gminę ponownie.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>powiat {powiat}, voivodeship {voivodeship} · {kind} · TERYT {code} · DEGURBA {degurba}</source>
        <translation>powiat {powiat}, województwo {voivodeship} · {kind} · TERYT {code} · DEGURBA {degurba}</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>User accounts</source>
        <translation>Konta użytkowników</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Ostatnie logowanie</translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation>Zmień &amp;rolę</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Dezaktywuj</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>Resetuj &amp;hasło</translation>
    </message>
    <message>
        <source>&amp;Unlock sign-in</source>
        <translation>&amp;Odblokuj logowanie</translation>
    </message>
    <message>
        <source>Allow signing in again at once after repeated wrong passwords</source>
        <translation>Pozwól od razu logować się ponownie po wielokrotnym podaniu błędnego hasła</translation>
    </message>
    <message>
        <source>&amp;Add the account</source>
        <translation>Dodaj &amp;konto</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nowe konto</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ola:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock the screen after &amp;idle time:</source>
        <translation>Zablokuj ekran po czasie &amp;bezczynności:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nieaktywne</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>Bez hasła</translation>
    </message>
    <message>
        <source>Sign-in locked until %1</source>
        <translation>Logowanie zablokowane do %1</translation>
    </message>
    <message>
        <source>Temporary password for %1: %2
Give it to the person; they choose their own password at the first sign-in.</source>
        <translation>Hasło tymczasowe dla %1: %2
Przekaż je tej osobie; przy pierwszym logowaniu ustali ona własne hasło.</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktywuj</translation>
    </message>
</context>
</TS>
