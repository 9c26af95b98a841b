package id.satudata.hub.it.file;

import id.satudata.hub.it.support.HubDatabase;

class KilledHubResumesFileOnH2IT extends KilledHubResumesFileContract {

    @Override
    HubDatabase database() {
        return HubDatabase.embeddedH2();
    }

    @Override
    boolean commitsSurviveAKill() {
        return false;
    }
}
