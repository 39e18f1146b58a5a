package org.branchledger.safety;

import java.io.IOException;
import java.nio.file.Files;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.FileJournal;
import org.branchledger.core.db.PasswordRequiredException;
import org.branchledger.core.db.WrongPasswordException;

/** What happens at every start before the database opens, once the folder's lock is held. */
public final class FolderUnlock {
    private FolderUnlock() {
    }

    /**
     * Finishes or undoes a journalled step a crash cut off and clears what killed steps of older builds
     * left, then checks the password against the folder's hash and makes the folder's file key from it
     * (slow on purpose: once per open; the key is then kept in memory).
     *
     * @throws PasswordRequiredException the folder has a password and none was given
     * @throws WrongPasswordException the password given is not the folder's
     */
    public static DataKey checkedKey(DataFolder folder, char[] password) throws IOException {
        if (Files.isDirectory(folder.path())) {
            FileJournal.recover(folder.path());
        }
        Leftovers.recover(folder);
        PasswordService.recover(folder);
        if (!PasswordFile.exists(folder.path())) {
            return DataKey.none();
        }
        if (password == null) {
            throw new PasswordRequiredException();
        }
        PasswordFile file = PasswordFile.read(folder.path().resolve(PasswordFile.FILE_NAME));
        if (!file.matches(password)) {
            throw new WrongPasswordException(null);
        }
        return new DataKey(password, file.fileKey(password));
    }
}
