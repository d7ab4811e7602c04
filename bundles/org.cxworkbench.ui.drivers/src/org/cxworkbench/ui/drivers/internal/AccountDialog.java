package org.cxworkbench.ui.drivers.internal;

import java.util.Objects;

import org.cxworkbench.model.journey.Account;
import org.cxworkbench.model.journey.Contact;
import org.cxworkbench.model.journey.ContactGroup;
import org.cxworkbench.services.drivers.AccountRisk;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

/**
 * One account's roll-up: its groups (persons who answered, contacts the group weighs with, mean) and under each group
 * the persons the journey lists in it. Persons the journey does not list are counted under "no group".
 */
public class AccountDialog extends Dialog {

    private final AccountRisk risk;
    private final Account account;
    private Tree tree;

    AccountDialog(Shell parent, AccountRisk risk, Account account) {
        super(parent);
        this.risk = risk;
        this.account = account;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.Account_title, risk.account()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label summary = new Label(area, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary.setText(NLS.bind(Messages.Account_summary, new Object[] { Long.toString(risk.persons()),
                Figures.fixed(risk.unweighted(), 2), Figures.fixed(risk.weighted(), 2),
                Figures.percent(risk.detractorShare()), Long.toString(risk.churnFlags()) }));
        tree = new Tree(area, SWT.BORDER | SWT.FULL_SELECTION);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 680;
        data.heightHint = 280;
        tree.setLayoutData(data);
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        String[] names = { Messages.Account_colGroup, Messages.Account_colAnswered, Messages.Account_colContacts,
                Messages.Account_colMean };
        int[] widths = { 380, 100, 90, 90 };
        for (int i = 0; i < names.length; i++) {
            TreeColumn column = new TreeColumn(tree, i == 0 ? SWT.LEFT : SWT.RIGHT);
            column.setText(names[i]);
            column.setWidth(widths[i]);
        }
        for (AccountRisk.GroupScore group : risk.groups()) {
            TreeItem item = new TreeItem(tree, SWT.NONE);
            item.setText(new String[] { group.group() == null ? Messages.Account_noGroup : group.group(),
                    Long.toString(group.persons()), Long.toString(group.contacts()), Figures.fixed(group.mean(), 2) });
            ContactGroup modelled = account == null || group.group() == null ? null
                    : account.getGroups().stream().filter(g -> Objects.equals(g.getName(), group.group()))
                            .findFirst().orElse(null);
            if (modelled != null) {
                for (Contact contact : modelled.getMembers()) {
                    TreeItem person = new TreeItem(item, SWT.NONE);
                    person.setText(0, person(contact));
                }
            }
            item.setExpanded(true);
        }
        return area;
    }

    private static String person(Contact contact) {
        StringBuilder text = new StringBuilder(contact.getName() == null ? "" : contact.getName()); //$NON-NLS-1$
        if (contact.getRole() != null && !contact.getRole().isBlank()) {
            text.append(", ").append(contact.getRole()); //$NON-NLS-1$
        }
        if (contact.getEmail() != null && !contact.getEmail().isBlank()) {
            text.append(" <").append(contact.getEmail()).append('>'); //$NON-NLS-1$
        }
        return text.toString();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    // for tests

    public Tree tree() {
        return tree;
    }
}
